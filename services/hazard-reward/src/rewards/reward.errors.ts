import { Conflict, InvalidRequest, NotAllowed, NotFound } from '@lc/platform';

/** Rewards and budgets belong to unions, never to a team. */
export class TeamIsNotAUnion extends InvalidRequest {
  readonly code = 'team-is-not-a-union';
  constructor(field: string, en: string) {
    super({ en: `${field}: ${en}`, zh: '班组不能设立奖励或预算，请选择工会', field });
  }
}

/** A period whose end comes before its start. */
export class PeriodReversed extends InvalidRequest {
  readonly code = 'period-reversed';
  constructor(field: string, startField: string) {
    super({ en: `${field}: must not be before ${startField}`, zh: `「${field}」不能早于「${startField}」`, field });
  }
}

export class YearOutOfRange extends InvalidRequest {
  readonly code = 'year-out-of-range';
  constructor() {
    super({ en: 'year: must be a year from 2000 to 2100', zh: '「year」必须是 2000 到 2100 之间的年份', field: 'year' });
  }
}

/** The reward schemes of one union follow each other without overlapping. */
export class SchemePeriodsOverlap extends Conflict {
  readonly code = 'scheme-periods-overlap';
  constructor(unitId: string, other: { name: string; valid_from: string; valid_until: string | null }) {
    super({
      en: `validFrom: ${unitId} already has the scheme "${other.name}" from ${other.valid_from} to ${other.valid_until ?? 'open end'}; periods of one union must not overlap`,
      zh: `该工会已有奖励办法“${other.name}”（${other.valid_from} 至 ${other.valid_until ?? '长期'}）；同一工会的奖励办法有效期不能重叠`,
      field: 'validFrom',
    });
  }
}

/** A reward the caller confirmed is still being worked out; the scheme waits a few seconds for it. */
export class RewardBeingWorkedOut extends Conflict {
  readonly code = 'reward-being-worked-out';
  constructor(reportId: string) {
    super({
      en: `separation of duties: the reward of report ${reportId}, which you confirmed, is still being worked out; create the scheme once it is (in a few seconds)`,
      zh: '您核实的一份报告的奖励还在计算中，请几秒钟后再创建奖励办法',
    });
  }
}

export class BudgetBelowCommitted extends Conflict {
  readonly code = 'budget-below-committed';
  constructor(committedYuan: string, year: number) {
    super({
      en: `totalYuan: ${committedYuan} yuan of the ${year} budget is already committed to issued rewards; the total cannot go below it`,
      zh: `${year} 年预算已有 ${committedYuan} 元用于已发放的奖励，总额不能低于这个数`,
      field: 'totalYuan',
    });
  }
}

export class InvalidClaimCode extends InvalidRequest {
  readonly code = 'invalid-claim-code';
  constructor() {
    super({ en: 'claimCode: a claim code has 16 letters and digits, such as Q4ZK-8M2D-TT7R-0P3X', zh: '兑奖码由 16 位字母和数字组成，例如 Q4ZK-8M2D-TT7R-0P3X', field: 'claimCode' });
  }
}

export class ClaimNotFound extends NotFound {
  readonly code = 'claim-not-found';
  constructor() {
    super({ en: 'claimCode: no reward claim has this code', zh: '没有这个兑奖码', field: 'claimCode' });
  }
}

export class ClaimAlreadyPaid extends Conflict {
  readonly code = 'claim-already-paid';
  constructor(at: Date) {
    super({ en: `claimCode: this claim was already paid out at ${at.toISOString()}`, zh: '该奖励已经兑付', field: 'claimCode' });
  }
}

export class RewardNotFound extends NotFound {
  readonly code = 'reward-not-found';
  constructor(id: string) {
    super({ en: `no reward has id ${id}`, zh: '没有这笔奖励' });
  }
}

export class RewardSchemeNotFound extends NotFound {
  readonly code = 'reward-scheme-not-found';
  constructor(id: string) {
    super({ en: `id: there is no reward scheme ${id}`, zh: '没有这个奖励办法', field: 'id' });
  }
}

/**
 * A scheme rewards have been worked out from is the record of why they are what they are: its amounts
 * and threshold stay, and its period keeps covering the reports it rewarded. A new rule is a new
 * scheme, from the day after this one is made to end.
 */
export class RewardSchemeInUse extends Conflict {
  readonly code = 'reward-scheme-in-use';
  static amounts(count: number): RewardSchemeInUse {
    return new RewardSchemeInUse(
      `amounts: ${count} rewards were worked out from this scheme, so its amounts and threshold stay; end its period and create the next scheme`,
      `已有 ${count} 笔奖励按本办法计算，金额和审批限额不能再改；请结束本办法的有效期，另建新办法`,
      'amounts',
    );
  }
  static period(field: 'validFrom' | 'validUntil', day: string): RewardSchemeInUse {
    return new RewardSchemeInUse(
      `${field}: this scheme rewarded a report of ${day}; its period must keep covering that day`,
      `本办法已奖励 ${day} 的隐患报告，有效期必须包含该日`,
      field,
    );
  }
  private constructor(en: string, zh: string, field: string) {
    super({ en, zh, field });
  }
}

/**
 * Whoever created a scheme may not verify the reports it pays (separation of duties, kept by its
 * created_by): someone else correcting it would set amounts without that bar, so only its author may.
 */
export class NotTheSchemeAuthor extends NotAllowed {
  readonly code = 'not-the-scheme-author';
  constructor() {
    super({
      en: 'only the cadre who created this scheme may correct it (whoever sets amounts may not verify the reports they pay); end it and create the next scheme instead',
      zh: '只有创建本办法的人可以修改它（设定奖励金额的人不能核实由其支付的报告）；其他人请另建新办法',
    });
  }
}
