import { afterTimerEvent, nextTimerStep, RectificationTimerState } from './rectification-timer.rules';

describe('rectification timer rules', () => {
  const fresh: RectificationTimerState = { deadlineMs: 10_000, remindBeforeMs: 3_000, reminded: false, overdue: false };

  it('reminds the lead time before the deadline, then marks overdue at the deadline, then waits', () => {
    expect(nextTimerStep(fresh)).toEqual({ kind: 'reminded', atMs: 7_000 });
    const reminded = afterTimerEvent(fresh, 'reminded');
    expect(nextTimerStep(reminded)).toEqual({ kind: 'overdue', atMs: 10_000 });
    expect(nextTimerStep(afterTimerEvent(reminded, 'overdue'))).toEqual({ kind: 'wait' });
  });

  it('never reminds after an overdue for the same deadline', () => {
    const overdue = afterTimerEvent(fresh, 'overdue');
    expect(overdue).toMatchObject({ reminded: true, overdue: true });
    expect(nextTimerStep(overdue)).toEqual({ kind: 'wait' });
  });

  it('reminds at once when the deadline is closer than the lead time (the moment is already past)', () => {
    expect(nextTimerStep({ ...fresh, remindBeforeMs: 20_000 })).toEqual({ kind: 'reminded', atMs: -10_000 });
  });

  it('reminds working days ahead by the official calendar: 3 working days before a deadline at the end of 13 October 2026', () => {
    // Back from 13 October over the adjusted Saturday 10 October: 12, 10, 9; reminded at the end of 9 October.
    const deadlineMs = Date.parse('2026-10-13T16:00:00Z');
    expect(nextTimerStep({ ...fresh, deadlineMs, remindBeforeWorkingDays: 3 })).toEqual({ kind: 'reminded', atMs: Date.parse('2026-10-09T16:00:00Z') });
    // Without working days, the lead in ms as before.
    expect(nextTimerStep({ ...fresh, deadlineMs })).toEqual({ kind: 'reminded', atMs: deadlineMs - 3_000 });
  });
});
