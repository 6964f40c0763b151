import { ApplicationFailure, allHandlersFinished, condition, patched, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { lodgeObjectionUpdate, publicityStateQuery, ruleOnObjectionUpdate } from './publicity-period.messages';
import {
  applyObjection,
  applyPeriodEnd,
  applyRuling,
  initialPublicityState,
  objectionAnswer,
  objectionRecord,
  outcomeRecord,
  PublicityRequestRefused,
  rulingRecord,
  validateObjection,
  validatePublicityInput,
  validateRuling,
} from './publicity-period.rules';
import type { ObjectionAnswer, PublicityPeriodActivities, PublicityPeriodInput, PublicityState } from './publicity-period.types';

/**
 * Objections and rulings are stored by the service's activities once accepted (before, the service
 * stored them itself inside a transaction that waited for the update): runs from before go on as they were.
 */
const OBJECTIONS_STORED_BY_WORKFLOW = 'objections-stored-by-workflow';

const { recordPublicityOutcome, recordObjection, recordRuling } = proxyActivities<PublicityPeriodActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * One nomination's publicity period (公示). State changes only through the pure rules; the outcome is
 * recorded once, by the owning service's activity, and the workflow ends. A ruling that decides the
 * outcome is answered once the outcome is recorded.
 */
export async function publicityPeriod(input: PublicityPeriodInput): Promise<PublicityState> {
  const invalid = validatePublicityInput(input);
  if (invalid) throw ApplicationFailure.nonRetryable(invalid, 'InvalidPublicityPeriod');

  let state = initialPublicityState(input, workflowInfo().runStartTime.getTime());
  let recording: Promise<void> | undefined;
  /** The one call of the activity in this run, whoever gets there first (the end timer or a ruling). */
  const recordOutcome = (): Promise<void> => (recording ??= recordPublicityOutcome(outcomeRecord(input.nominationId, state)));

  // A refusal reaches the caller as an ApplicationFailure of type PublicityRequestRefused, with its message.
  const refusing = (check: () => void): void => {
    try {
      check();
    } catch (err) {
      if (err instanceof PublicityRequestRefused) throw ApplicationFailure.nonRetryable(err.message, 'PublicityRequestRefused');
      throw err;
    }
  };

  setHandler(publicityStateQuery, () => state);
  setHandler(
    lodgeObjectionUpdate,
    async (r): Promise<ObjectionAnswer> => {
      state = applyObjection(state, r, Date.now());
      const record = objectionRecord(input.nominationId, r);
      if (record && patched(OBJECTIONS_STORED_BY_WORKFLOW)) await recordObjection(record);
      return objectionAnswer(state, r.objectionId);
    },
    { validator: (r) => refusing(() => validateObjection(state, r, Date.now())) },
  );
  setHandler(
    ruleOnObjectionUpdate,
    async (r): Promise<ObjectionAnswer> => {
      state = applyRuling(state, r, Date.now());
      const answer = objectionAnswer(state, r.objectionId);
      const record = rulingRecord(input.nominationId, r);
      if (record && patched(OBJECTIONS_STORED_BY_WORKFLOW)) await recordRuling(record);
      if (state.outcome !== null) await recordOutcome();
      return answer;
    },
    { validator: (r) => refusing(() => validateRuling(state, r)) },
  );

  // At least 1 ms: condition() reads a timeout of 0 as "no timeout".
  const untilEndMs = Math.max(1, Date.parse(state.endsAt) - Date.now());
  if (!(await condition(() => state.outcome !== null, untilEndMs))) state = applyPeriodEnd(state);
  // Objections still pending at the end: wait for their rulings, however long they take.
  await condition(() => state.outcome !== null);
  await recordOutcome();
  await allHandlersFinished();
  return state;
}
