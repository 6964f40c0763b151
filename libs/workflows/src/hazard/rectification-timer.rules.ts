import { workingDaysBefore } from '@lc/calendar';
import type { RectificationTimerEventKind } from './rectification-timer.types';

export interface RectificationTimerState {
  deadlineMs: number;
  remindBeforeMs: number;
  /** When set, the reminder comes this many working days before the deadline (remindBeforeMs is then unused). */
  remindBeforeWorkingDays?: number;
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
  if (!state.reminded && !state.overdue) return { kind: 'reminded', atMs: reminderAt(state) };
  if (!state.overdue) return { kind: 'overdue', atMs: state.deadlineMs };
  return { kind: 'wait' };
}

/** After an overdue fired, a late reminder for the same deadline is pointless. */
export function afterTimerEvent(state: RectificationTimerState, fired: RectificationTimerEventKind): RectificationTimerState {
  return fired === 'reminded' ? { ...state, reminded: true } : { ...state, reminded: true, overdue: true };
}

/** When the reminder of the current deadline is due: working days before it by the official calendar, or a lead in ms. */
export function reminderAt(state: RectificationTimerState): number {
  return state.remindBeforeWorkingDays !== undefined
    ? workingDaysBefore(state.deadlineMs, state.remindBeforeWorkingDays).getTime()
    : state.deadlineMs - state.remindBeforeMs;
}
