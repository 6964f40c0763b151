import { Conflict, InvalidRequest, NotAllowed, NotFound } from '@lc/platform';

export class ArchivedHazardNotFound extends NotFound {
  readonly code = 'archived-hazard-not-found';
  constructor(reportId: string) {
    super({ en: `id: there is no archived hazard ${reportId}; only confirmed reports are archived`, zh: '隐患台账中没有这条隐患；只有核实属实的报告才会入账', field: 'id' });
  }
}

/** A closed-out hazard, or one whose close-out is being approved, takes no more changes. */
export class HazardNotOpen extends Conflict {
  readonly code = 'hazard-not-open';
  static closed(reportId: string, at: Date | null): HazardNotOpen {
    return new HazardNotOpen(`hazard ${reportId} was closed out at ${at?.toISOString()}; it takes no more changes`, '该隐患已销号，不能再修改');
  }
  static closingOut(reportId: string, workflowId: string | null): HazardNotOpen {
    return new HazardNotOpen(`hazard ${reportId}'s close-out is being approved up the chain (${workflowId})`, '该隐患的销号正在逐级审批中');
  }
  private constructor(en: string, zh: string) {
    super({ en, zh });
  }
}

export class DeadlineNotInFuture extends InvalidRequest {
  readonly code = 'deadline-not-in-future';
  constructor() {
    super({ en: 'deadline: must be in the future', zh: '「deadline」整改期限必须晚于现在', field: 'deadline' });
  }
}

export class DeadlineGivenTwice extends InvalidRequest {
  readonly code = 'deadline-given-twice';
  constructor() {
    super({ en: 'deadlineWorkingDays: give either the deadline or the working days, not both', zh: '「deadlineWorkingDays」整改期限和工作日数只能填一项', field: 'deadlineWorkingDays' });
  }
}

/** The person designated to record progress must be an active user at the hazard's enterprise. */
export class UpdaterNotEligible extends InvalidRequest {
  readonly code = 'updater-not-eligible';
  constructor(en: string, zh: string) {
    super({ en: `updaterUserId: ${en}`, zh, field: 'updaterUserId' });
  }
}

export class NotTheDesignatedUpdater extends NotAllowed {
  readonly code = 'not-the-designated-updater';
  constructor(hazardId: string, updaterUserId: string | null) {
    super({
      en: updaterUserId
        ? `only the designated person (${updaterUserId}) records the progress of hazard ${hazardId}`
        : `hazard ${hazardId} has no rectification plan yet, so nobody is designated to record progress`,
      zh: updaterUserId ? '只有指定的整改负责人才能登记整改进度' : '该隐患还没有整改方案，尚未指定登记进度的人',
    });
  }
}

export class NoRectificationPlan extends Conflict {
  readonly code = 'no-rectification-plan';
  constructor(hazardId: string) {
    super({ en: `hazard ${hazardId} has no rectification plan yet; there is nothing to verify`, zh: '该隐患还没有整改方案，无可验收' });
  }
}

/** The n-th progress photo of a hazard, counted from 1 over its whole timeline. */
export class ProgressPhotoNotFound extends NotFound {
  readonly code = 'progress-photo-not-found';
  constructor(hazardId: string, count: number) {
    super({ en: `n: hazard ${hazardId} has ${count} progress photos, numbered from 1`, zh: `该隐患的整改进展共有 ${count} 张照片，编号从 1 开始`, field: 'n' });
  }
}
