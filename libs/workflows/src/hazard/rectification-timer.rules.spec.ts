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
});
