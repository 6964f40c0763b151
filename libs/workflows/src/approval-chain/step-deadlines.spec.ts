import type { ApprovalStepSpec } from './approval-chain.types';
import { stepDueAt, stepReminderAt, stepTimesProblem } from './step-deadlines';

const step = (times: Partial<ApprovalStepSpec>): ApprovalStepSpec => ({
  stepId: 'town',
  unitId: 'town',
  unitPath: 'city.county.town',
  title: '乡镇（街道、园区）工会意见',
  mode: 'or-sign',
  approvers: ['u-town'],
  escalateTo: [],
  reminderAfterSeconds: 2 * 86_400,
  deadlineSeconds: 5 * 86_400,
  ...times,
});

describe('an approval step’s reminder and deadline', () => {
  it('counts working days by the official calendar, skipping the National Day week and working the adjusted Saturday', () => {
    // Waiting since 15:00 on Wednesday 30 September 2026 in Beijing: working days 8, 9, 10 (Saturday, 调休), 12, 13 October.
    const spec = step({ reminderAfterWorkingDays: 2, deadlineWorkingDays: 5 });
    const since = '2026-09-30T07:00:00.000Z';
    expect(new Date(stepReminderAt(spec, since)).toISOString()).toBe('2026-10-09T16:00:00.000Z'); // end of 9 October in China
    expect(new Date(stepDueAt(spec, since)).toISOString()).toBe('2026-10-13T16:00:00.000Z');
  });

  it('counts seconds from the start of the wait when the step gives no working days', () => {
    const spec = step({ reminderAfterSeconds: 1, deadlineSeconds: 2 });
    expect(stepReminderAt(spec, '2026-09-30T07:00:00.000Z')).toBe(Date.parse('2026-09-30T07:00:01.000Z'));
    expect(stepDueAt(spec, '2026-09-30T07:00:00.000Z')).toBe(Date.parse('2026-09-30T07:00:02.000Z'));
  });

  it('refuses working days that are not whole, given alone, or a deadline before the reminder', () => {
    expect(stepTimesProblem(step({ reminderAfterWorkingDays: 2, deadlineWorkingDays: 5 }))).toBeNull();
    expect(stepTimesProblem(step({ reminderAfterWorkingDays: 2 }))).toMatch(/both the reminder and the deadline in working days/);
    expect(stepTimesProblem(step({ reminderAfterWorkingDays: 0, deadlineWorkingDays: 5 }))).toMatch(/whole numbers above 0/);
    expect(stepTimesProblem(step({ reminderAfterWorkingDays: 3, deadlineWorkingDays: 2 }))).toMatch(/deadline comes before the reminder/);
  });
});
