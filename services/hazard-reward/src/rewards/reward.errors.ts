import { Conflict, InvalidRequest, NotFound } from '@lc/platform';

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
