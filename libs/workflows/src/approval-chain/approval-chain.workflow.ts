import { ApplicationFailure, allHandlersFinished, condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { chainInputQuery, chainStateQuery, decideUpdate, resubmitUpdate, withdrawUpdate } from './approval-chain.messages';
import {
  applyDecision,
  applyEscalation,
  applyReminder,
  applyResubmit,
  applyWithdraw,
  ApprovalRequestRefused,
  initialState,
  isOpen,
  validateChainInput,
  validateDecision,
  validateResubmit,
  validateWithdraw,
} from './approval-chain.rules';
import { stepDueAt, stepReminderAt } from './step-deadlines';
import type { ApprovalChainActivities, ApprovalChainInput, ChainState, DecisionResult } from './approval-chain.types';

const { recordApprovalTransition } = proxyActivities<ApprovalChainActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** Workflow time: deterministic on replay. */
const now = (): string => new Date().toISOString();

/**
 * One item's way up the chain. State changes only through the pure rules; each transition is recorded
 * (audit, event, inbox) by the owning service's activity, in order, before the caller gets its answer.
 */
export async function approvalChain(input: ApprovalChainInput): Promise<ChainState> {
  const invalid = validateChainInput(input);
  if (invalid) throw ApplicationFailure.nonRetryable(invalid, 'InvalidApprovalChain');

  let state = initialState(input, now());
  let recorded = 0;
  let recording: Promise<void> = Promise.resolve();
  const workflowId = workflowInfo().workflowId;

  /** Records every transition not yet recorded, one after another in seq order. */
  const recordPending = (): Promise<void> => {
    recording = recording.then(async () => {
      while (recorded < state.transitions.length) {
        await recordApprovalTransition({ workflowId, input, transition: state.transitions[recorded] });
        recorded += 1;
      }
    });
    return recording;
  };

  /** Applies a request and answers once its transition is recorded. */
  const handle = async (decisionId: string, apply: () => ChainState): Promise<DecisionResult> => {
    state = apply();
    await recordPending();
    return state.results[decisionId];
  };

  // A refusal reaches the caller as an ApplicationFailure of type ApprovalRequestRefused, with its
  // message, and its code and Chinese message as details.
  const refusing = (check: () => void): void => {
    try {
      check();
    } catch (err) {
      if (err instanceof ApprovalRequestRefused) {
        throw ApplicationFailure.nonRetryable(err.message, 'ApprovalRequestRefused', { code: err.code, messageZh: err.messageZh });
      }
      throw err;
    }
  };

  setHandler(chainStateQuery, () => state);
  setHandler(chainInputQuery, () => input);
  setHandler(decideUpdate, (r) => handle(r.decisionId, () => applyDecision(state, input, r, now())), {
    validator: (r) => refusing(() => validateDecision(state, input, r)),
  });
  setHandler(resubmitUpdate, (r) => handle(r.decisionId, () => applyResubmit(state, input, r, now())), {
    validator: (r) => refusing(() => validateResubmit(state, input, r)),
  });
  setHandler(withdrawUpdate, (r) => handle(r.decisionId, () => applyWithdraw(state, input, r, now())), {
    validator: (r) => refusing(() => validateWithdraw(state, input, r)),
  });

  await recordPending();
  while (isOpen(state.status)) {
    if (state.status === 'returned') {
      // The submitter revises in their own time; no deadline runs while the item is with them.
      await condition(() => state.status !== 'returned');
      continue;
    }
    await waitOnCurrentStep();
  }
  await recordPending();
  await allHandlersFinished();
  return state;

  /** Until the step's round ends: a reminder at its time, an escalation at its deadline. */
  async function waitOnCurrentStep(): Promise<void> {
    const index = state.currentStep;
    const { round, waitingSince } = state.steps[index];
    const spec = input.steps[index];
    const roundOver = () => state.status !== 'pending' || state.currentStep !== index || state.steps[index].round !== round;
    const startedAt = waitingSince ?? now();
    // At least 1 ms: condition() reads a timeout of 0 as "no timeout".
    const untilMs = (atMs: number) => Math.max(1, atMs - Date.now());

    if (!(await condition(roundOver, untilMs(stepReminderAt(spec, startedAt))))) {
      const reminded = applyReminder(state, input, { stepId: spec.stepId, round }, now());
      if (reminded) {
        state = reminded;
        await recordPending();
      }
    }
    if (roundOver()) return;
    if (!(await condition(roundOver, untilMs(stepDueAt(spec, startedAt))))) {
      const escalated = applyEscalation(state, input, { stepId: spec.stepId, round }, now());
      if (escalated) {
        state = escalated;
        await recordPending();
      }
    }
    await condition(roundOver);
  }
}
