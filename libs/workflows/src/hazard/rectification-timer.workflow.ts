import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { hazardClosedSignal, rectificationDeadlineChangedSignal } from './rectification-timer.messages';
import { afterTimerEvent, nextTimerStep, RectificationTimerState } from './rectification-timer.rules';
import type { RectificationTimerActivities, RectificationTimerInput } from './rectification-timer.types';

const { recordRectificationTimerEvent } = proxyActivities<RectificationTimerActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * The durable timer of one open hazard (隐患档案): reminds before the rectification deadline and
 * escalates when it passes, until the hazard is closed out. A revised deadline restarts both; the
 * recording activity is idempotent per (hazard, kind, deadline), so a retried activity writes once.
 */
export async function rectificationTimer(input: RectificationTimerInput): Promise<void> {
  let state: RectificationTimerState = {
    deadlineMs: Date.parse(input.deadline),
    remindBeforeMs: input.remindBeforeSeconds * 1000,
    ...(input.remindBeforeWorkingDays !== undefined ? { remindBeforeWorkingDays: input.remindBeforeWorkingDays } : {}),
    reminded: false,
    overdue: false,
  };
  let closed = false;
  let revision = 0;
  setHandler(rectificationDeadlineChangedSignal, (deadline: string) => {
    state = { ...state, deadlineMs: Date.parse(deadline), reminded: false, overdue: false };
    revision++;
  });
  setHandler(hazardClosedSignal, () => {
    closed = true;
  });

  while (!closed) {
    const seen = revision;
    const interrupted = () => closed || revision !== seen;
    const step = nextTimerStep(state);
    if (step.kind === 'wait') {
      await condition(interrupted);
      continue;
    }
    const waitMs = step.atMs - Date.now();
    if (waitMs > 0 && (await condition(interrupted, waitMs))) continue;
    await recordRectificationTimerEvent({ hazardId: input.hazardId, kind: step.kind, deadline: new Date(state.deadlineMs).toISOString() });
    // A signal that arrived while the activity ran has already reset the state for the new deadline.
    if (revision === seen) state = afterTimerEvent(state, step.kind);
  }
}
