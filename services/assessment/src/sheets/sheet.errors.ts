import { Conflict, InvalidRequest, NotAllowed, NotFound } from '@lc/platform';

export class SheetNotFound extends NotFound {
  readonly code = 'sheet-not-found';
  constructor(sheetId: string) {
    super({ en: `id: there is no assessment sheet ${sheetId}`, zh: '该考核表不存在', field: 'id' });
  }
}

/** Who fills in or reviews a sheet: the unit itself, or a union above it within the organiser's line. */
export class NotYourSheet extends NotAllowed {
  readonly code = 'not-your-sheet';
  constructor(en: string, zh: string) {
    super({ en, zh });
  }
}

export class SheetStatusRefused extends Conflict {
  readonly code = 'sheet-status-refused';
  constructor(sheetId: string, status: string, doing: string, allowed: readonly string[]) {
    super({ en: `sheet ${sheetId} is ${status}; ${doing} needs it ${allowed.join(' or ')}`, zh: '考核表当前的状态不能进行此操作' });
  }
}

/** The competition has no assessment set up (not known here yet, or not configured). */
export class NoAssessmentConfigured extends NotFound {
  readonly code = 'no-assessment-configured';
  constructor(en: string) {
    super({ en, zh: '该竞赛尚未设置考核', field: 'id' });
  }
}

export class CompetitionNotKnownHere extends Conflict {
  readonly code = 'competition-not-known-here';
  constructor(competitionId: string) {
    super({
      en: `competition ${competitionId} is not known here yet: it is known once it has been filed (备案) or opened`,
      zh: '考核服务尚未收到该竞赛：竞赛备案或开始报名后才能设置考核',
    });
  }
}

export class TemplateLocked extends Conflict {
  readonly code = 'template-locked';
  constructor() {
    super({
      en: 'templateCode: sheets of this competition were already submitted on its template; it cannot change now',
      zh: '本竞赛已有考核表按原模板提交，不能再更换模板',
      field: 'templateCode',
    });
  }
}

/** A sheet's inputs, comments or evidence that cannot be taken; the English names the field and why. */
export class SheetInputRefused extends InvalidRequest {
  readonly code = 'sheet-input-refused';
  constructor(field: string, en: string, zh: string) {
    super({ en, zh, field });
  }
}

export class EvidenceNotFound extends NotFound {
  readonly code = 'evidence-not-found';
  constructor(sheetId: string, evidenceId: string) {
    super({ en: `evidenceId: sheet ${sheetId} has no evidence ${evidenceId}`, zh: '该考核表没有这份佐证材料', field: 'evidenceId' });
  }
}
