import { Conflict } from '@lc/platform';

/** A quota never goes below the places already taken. */
export class QuotaBelowTaken extends Conflict {
  readonly code = 'quota-below-taken';
  constructor(taken: number, year: number) {
    super({ en: `quota: ${taken} places of ${year} are already taken; the quota cannot go below that`, zh: `${year} 年已占用 ${taken} 个名额，名额不能少于这个数`, field: 'quota' });
  }
}

/** A fund never goes below what is already spent. */
export class FundBelowSpent extends Conflict {
  readonly code = 'fund-below-spent';
  constructor(spentYuan: string) {
    super({ en: `totalYuan: ${spentYuan} yuan is already spent; the fund cannot go below it`, zh: `已支出 ${spentYuan} 元，经费总额不能少于这个数`, field: 'totalYuan' });
  }
}
