import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** `name` sorts ascending, `-name` descending: the values a list's `sort` parameter takes. */
export function sortValues<F extends string>(fields: readonly F[]): string[] {
  return fields.flatMap((f) => [f, `-${f}`]);
}

/**
 * A list's `sort` query parameter: one of the route's sortable fields, `-` in front for descending;
 * anything else is refused naming the field, and nothing outside the list ever reaches SQL.
 */
export function SortParam(fields: readonly string[], description: string): PropertyDecorator {
  const values = sortValues(fields);
  return applyDecorators(
    ApiPropertyOptional({ enum: values, description: `${description}; '-' in front sorts descending` }),
    IsOptional(),
    IsIn(values, { message: `sort must be one of ${values.join(', ')}` }),
  );
}

export interface SortOrder {
  column: string;
  direction: 'ASC' | 'DESC';
}

/** The column a `sort` value stands for and its direction, or undefined when none was asked for. */
export function sortOrderOf<F extends string>(sort: string | undefined, columns: Record<F, string>): SortOrder | undefined {
  if (!sort) return undefined;
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as F;
  const column = columns[field];
  if (!column) throw new Error(`no column for sort field ${field}`);
  return { column, direction: descending ? 'DESC' : 'ASC' };
}

/**
 * The ORDER BY for a `sort` value, from the SQL each field stands for; `fallback` when none was asked
 * for. `tiebreak` (a unique column) always comes last, so that pages never overlap or skip rows.
 */
export function orderByOf<F extends string>(sort: string | undefined, columns: Record<F, string>, fallback: string, tiebreak: string): string {
  const order = sortOrderOf(sort, columns);
  return order ? `${order.column} ${order.direction} NULLS LAST, ${tiebreak}` : `${fallback}, ${tiebreak}`;
}
