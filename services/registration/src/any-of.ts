import { FindOperator, Raw } from 'typeorm';

/**
 * `column = ANY($1)`: one array parameter however many values, where In() takes one parameter per
 * value (Postgres allows 65,535) and cannot be empty.
 */
export function anyOf<T>(values: readonly T[]): FindOperator<T> {
  return Raw((alias) => `${alias} = ANY(:anyOfValues)`, { anyOfValues: [...values] });
}
