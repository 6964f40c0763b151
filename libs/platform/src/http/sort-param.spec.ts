import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { orderByOf, SortParam, sortValues } from './sort-param';

class Query {
  @SortParam(['name', 'startDate'], 'How the list is ordered')
  sort?: string;
}

describe('the sort parameter of a list', () => {
  it('takes each sortable field, ascending or descending, and refuses anything else naming the parameter', () => {
    expect(sortValues(['name', 'startDate'])).toEqual(['name', '-name', 'startDate', '-startDate']);
    for (const sort of ['name', '-startDate', undefined]) expect(validateSync(plainToInstance(Query, { sort }))).toEqual([]);
    for (const sort of ['password', 'name;DROP TABLE x', '--name', 'Name']) {
      const [error] = validateSync(plainToInstance(Query, { sort }));
      expect([error?.property, Object.values(error?.constraints ?? {})[0]]).toEqual(['sort', 'sort must be one of name, -name, startDate, -startDate']);
    }
  });

  it('orders by the column the field stands for, then by a unique column so pages never overlap', () => {
    const columns = { name: 'c.name', startDate: 'c.start_date' };
    expect(orderByOf('name', columns, 'c.created_at DESC', 'c.id')).toBe('c.name ASC NULLS LAST, c.id');
    expect(orderByOf('-startDate', columns, 'c.created_at DESC', 'c.id')).toBe('c.start_date DESC NULLS LAST, c.id');
    expect(orderByOf(undefined, columns, 'c.created_at DESC', 'c.id')).toBe('c.created_at DESC, c.id');
  });
});
