import { Conflict, NotFound } from '@lc/platform';

/** 催办 of an unknown item and of one the caller may not remind: one answer, so it never tells an item exists. */
export class NothingToRemind extends NotFound {
  readonly code = 'nothing-to-remind';
  constructor(workflowId: string) {
    super({ en: `workflowId: there is no approval item '${workflowId}' that you may remind`, zh: '没有您可以催办的这项审批', field: 'workflowId' });
  }
}

/** Only an item waiting for a decision is reminded, and each step once a day. */
export class ReminderRefused extends Conflict {
  readonly code = 'reminder-refused';
  static notPending(status: string): ReminderRefused {
    return new ReminderRefused(`workflowId: the item is ${status}; only an item waiting for a decision is reminded`, '只有等待审批的事项才能催办');
  }
  static alreadyToday(stepId: string): ReminderRefused {
    return new ReminderRefused(
      `workflowId: step ${stepId} of this item was already reminded in the last 24 hours; remind it again later`,
      '该环节 24 小时内已经催办过，请稍后再催',
    );
  }
  private constructor(en: string, zh: string) {
    super({ en, zh, field: 'workflowId' });
  }
}

/** An item that waits for nothing of the caller's and that they took no part in: the same answer as an unknown one. */
export class NotYourApprovalItem extends NotFound {
  readonly code = 'not-your-approval-item';
  constructor(workflowId: string) {
    super({
      en: `workflowId: approval item '${workflowId}' is not waiting for you, and you took no part in it`,
      zh: '这项审批不在您的待办中，您也未参与办理',
      field: 'workflowId',
    });
  }
}
