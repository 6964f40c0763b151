import type { RectificationTimerEventKind } from './rectification-timer.types';

export interface RectificationTimerState {
  deadlineMs: number;
  remindBeforeMs: number;
  reminded: boolean;
  overdue: boolean;
}

/**
 * What the timer does next: fire the reminder at (deadline - lead), then the overdue escalation at
 * the deadline, then wait for a new deadline or the close-out. A reminder whose moment has already
 * passed (a deadline set closer than the lead) fires at once; the services refuse deadlines in the
 * past, so the overdue follows it only when the deadline passes.
 */
export function nextTimerStep(state: RectificationTimerState): { kind: RectificationTimerEventKind; atMs: number } | { kind: 'wait' } {
  if (!state.reminded && !state.overdue) return { kind: 'reminded', atMs: state.deadlineMs - state.remindBeforeMs };
  if (!state.overdue) return { kind: 'overdue', atMs: state.deadlineMs };
  return { kind: 'wait' };
}

/** After an overdue fired, a late reminder for the same deadline is pointless. */
export function afterTimerEvent(state: RectificationTimerState, fired: RectificationTimerEventKind): RectificationTimerState {
  return fired === 'reminded' ? { ...state, reminded: true } : { ...state, reminded: true, overdue: true };
}
