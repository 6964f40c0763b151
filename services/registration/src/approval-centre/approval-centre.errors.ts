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
