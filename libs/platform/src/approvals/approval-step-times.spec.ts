import { approvalStepTimes } from './approval-step-times';

describe('approval step times from the settings', () => {
  it('are working days unless seconds are set', () => {
    expect(approvalStepTimes({ APPROVAL_REMINDER_WORKING_DAYS: 2, APPROVAL_DEADLINE_WORKING_DAYS: 5 })).toEqual({
      reminderAfterWorkingDays: 2,
      deadlineWorkingDays: 5,
      reminderAfterSeconds: 172_800,
      deadlineSeconds: 432_000,
    });
  });

  it('are the seconds set, the deadline never before the reminder', () => {
    const settings = { APPROVAL_REMINDER_WORKING_DAYS: 2, APPROVAL_DEADLINE_WORKING_DAYS: 5 };
    expect(approvalStepTimes({ ...settings, APPROVAL_REMINDER_AFTER_SECONDS: 1, APPROVAL_DEADLINE_SECONDS: 2 })).toEqual({ reminderAfterSeconds: 1, deadlineSeconds: 2 });
    expect(approvalStepTimes({ ...settings, APPROVAL_REMINDER_AFTER_SECONDS: 5, APPROVAL_DEADLINE_SECONDS: 2 })).toEqual({ reminderAfterSeconds: 5, deadlineSeconds: 5 });
  });
});
