import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** One page of a list, as every list route answers it. */
export interface Page<T> {
  items: T[];
  total: number;
}

const pages = new Map<Type<unknown>, Type<Page<unknown>>>();

/**
 * The response class of a page of `item`, for `@ApiOkResponse({ type: PageOf(ItemDto) })`: the spec
 * then names the page's schema after its item (e.g. OrgUnitResponseDtoPage), so a generated client
 * knows what each list holds. One class per item type, however many routes list it.
 */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  const known = pages.get(item);
  if (known) return known as Type<Page<T>>;
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: () => [item] })
    items: T[];

    @ApiProperty({ type: 'integer', description: 'How many match, on every page' })
    total: number;
  }
  Object.defineProperty(PageOfItems, 'name', { value: `${item.name}Page` });
  pages.set(item, PageOfItems);
  return PageOfItems;
}
