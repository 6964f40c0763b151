import type { ApprovalStepSpec } from '@lc/workflows';
import type { ServiceConfig } from '../config/service-config';

const DAY_SECONDS = 24 * 3600;

type StepTimes = Pick<ApprovalStepSpec, 'reminderAfterSeconds' | 'deadlineSeconds' | 'reminderAfterWorkingDays' | 'deadlineWorkingDays'>;
type StepTimeSettings = Pick<
  ServiceConfig,
  'APPROVAL_REMINDER_WORKING_DAYS' | 'APPROVAL_DEADLINE_WORKING_DAYS' | 'APPROVAL_REMINDER_AFTER_SECONDS' | 'APPROVAL_DEADLINE_SECONDS'
>;

/**
 * A step's reminder (催办) and escalation times: in working days by the official calendar, unless the
 * deployment set them in seconds (tests, demonstrations). The deadline is never before the reminder.
 */
export function approvalStepTimes(config: StepTimeSettings): StepTimes {
  if (config.APPROVAL_REMINDER_AFTER_SECONDS !== undefined || config.APPROVAL_DEADLINE_SECONDS !== undefined) {
    const reminderAfterSeconds = config.APPROVAL_REMINDER_AFTER_SECONDS ?? 2 * DAY_SECONDS;
    return { reminderAfterSeconds, deadlineSeconds: Math.max(config.APPROVAL_DEADLINE_SECONDS ?? 5 * DAY_SECONDS, reminderAfterSeconds) };
  }
  const reminderAfterWorkingDays = config.APPROVAL_REMINDER_WORKING_DAYS;
  const deadlineWorkingDays = Math.max(config.APPROVAL_DEADLINE_WORKING_DAYS, reminderAfterWorkingDays);
  return {
    reminderAfterWorkingDays,
    deadlineWorkingDays,
    // Their calendar-day equivalent, for readers that know only seconds.
    reminderAfterSeconds: reminderAfterWorkingDays * DAY_SECONDS,
    deadlineSeconds: deadlineWorkingDays * DAY_SECONDS,
  };
}
