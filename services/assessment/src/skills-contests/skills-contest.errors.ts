import { Conflict, InvalidRequest, NotAllowed, NotFound } from '@lc/platform';

export class SkillsContestNotFound extends NotFound {
  readonly code = 'skills-contest-not-found';
  constructor(contestId: string) {
    super({ en: `id: there is no skills contest ${contestId}`, zh: '该技能竞赛不存在', field: 'id' });
  }
}

/** Once the chief judge signed off, the panel, contestants and scores are locked. */
export class ContestSignedOff extends Conflict {
  readonly code = 'contest-signed-off';
  constructor(contestId: string, at: Date | null | undefined) {
    super({
      en: `skills contest ${contestId} was signed off by the chief judge at ${at?.toISOString()}; its panel, contestants and scores are locked`,
      zh: '该技能竞赛已由裁判长签字确认，评委、选手和成绩都已锁定',
    });
  }
}

/** A judge acting outside what a judge may do (not on the panel, not the chief, their own enterprise). */
export class JudgeNotAllowed extends NotAllowed {
  readonly code = 'judge-not-allowed';
  constructor(en: string, zh: string) {
    super({ en, zh });
  }
}

/** A person who cannot be seated as judge or contestant; the English says why. */
export class PersonNotEligible extends InvalidRequest {
  readonly code = 'person-not-eligible';
  constructor(field: string, en: string, zh: string) {
    super({ en: `${field}: ${en}`, zh, field });
  }
}

/** A person already seated, on the panel or among the contestants. */
export class AlreadySeated extends Conflict {
  readonly code = 'already-seated';
  constructor(field: string, en: string, zh: string) {
    super({ en: `${field}: ${en}`, zh, field });
  }
}

export class NotSeated extends NotFound {
  readonly code = 'not-seated';
  constructor(field: string, en: string, zh: string) {
    super({ en: `${field}: ${en}`, zh, field });
  }
}

/** The contest changed under the request (the panel, the contestants, the chief judge): look again. */
export class ContestChangedMeanwhile extends Conflict {
  readonly code = 'contest-changed-meanwhile';
  constructor(en: string) {
    super({ en, zh: '技能竞赛的评委或选手刚刚发生了变化，请刷新后重试' });
  }
}

/** The contest cannot be signed off yet; the English names what is missing. */
export class NotReadyToSignOff extends Conflict {
  readonly code = 'not-ready-to-sign-off';
  constructor(en: string, zh: string) {
    super({ en, zh });
  }
}

/** The organiser is a union that operates. */
export class NotAnOrganiser extends InvalidRequest {
  readonly code = 'not-an-organiser';
  constructor(unitId: string, deactivated: boolean) {
    super({
      en: deactivated ? `organiserUnitId: ${unitId} is deactivated` : `organiserUnitId: ${unitId} is a team; a skills contest is organised by a union`,
      zh: deactivated ? `${unitId} 已停用` : '班组不能组织技能竞赛，请选择工会',
      field: 'organiserUnitId',
    });
  }
}

export class SchemeKeyRepeated extends InvalidRequest {
  readonly code = 'scheme-key-repeated';
  constructor(key: string) {
    super({ en: `scheme: the key '${key}' is used twice; each item needs its own key`, zh: `评分项代码「${key}」重复使用；每个评分项须有自己的代码`, field: 'scheme' });
  }
}
