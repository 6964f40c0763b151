import { workingDayDeadline } from '@lc/calendar';
import type { ApprovalStepSpec } from './approval-chain.types';

/**
 * When a step that started waiting at `waitingSince` (ISO 8601) reminds its approvers (催办) and when it
 * runs past its deadline and escalates, in epoch ms. Counted in working days (工作日) by the official
 * calendar when the step says so: to the end of the n-th working day after the day the wait began, in
 * China; else in seconds from the start of the wait (short test settings, runs from before working days).
 * Pure: the workflow computes its timers from workflow time with it, and the services show the same times.
 */
export function stepReminderAt(spec: ApprovalStepSpec, waitingSince: string): number {
  return spec.reminderAfterWorkingDays !== undefined
    ? workingDayDeadline(Date.parse(waitingSince), spec.reminderAfterWorkingDays).endsAt.getTime()
    : Date.parse(waitingSince) + spec.reminderAfterSeconds * 1000;
}

export function stepDueAt(spec: ApprovalStepSpec, waitingSince: string): number {
  return spec.deadlineWorkingDays !== undefined
    ? workingDayDeadline(Date.parse(waitingSince), spec.deadlineWorkingDays).endsAt.getTime()
    : Date.parse(waitingSince) + spec.deadlineSeconds * 1000;
}

/** What is wrong with a step's times, or null. */
export function stepTimesProblem(spec: ApprovalStepSpec): string | null {
  const days = [spec.reminderAfterWorkingDays, spec.deadlineWorkingDays];
  if ((days[0] === undefined) !== (days[1] === undefined)) return `step ${spec.stepId}: give both the reminder and the deadline in working days, or neither`;
  if (days.some((d) => d !== undefined && !(Number.isInteger(d) && d > 0))) return `step ${spec.stepId}: working days must be whole numbers above 0`;
  if (days[0] !== undefined && days[1] !== undefined && days[1] < days[0]) return `step ${spec.stepId}: the deadline comes before the reminder`;
  if (spec.deadlineSeconds < spec.reminderAfterSeconds) return `step ${spec.stepId}: the deadline comes before the reminder`;
  return null;
}
