import { PipeTransform } from '@nestjs/common';
import { InvalidPathParameter } from './http.errors';

/** The years a competition, a budget, a quota or a fund may belong to. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/**
 * The `:year` of a route (a budget's, a quota's, a fund's year): a whole year from 2000 to 2100, so
 * that year 0 or 99999 is refused with 400 instead of being stored or overflowing the column.
 */
export class YearParamPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) {
      throw new InvalidPathParameter('year', 'yearInRange', `year must be a year from ${FIRST_YEAR} to ${LAST_YEAR}, e.g. 2026; got '${value}'`, [FIRST_YEAR, LAST_YEAR]);
    }
    return year;
  }
}

export const yearParam = new YearParamPipe();
