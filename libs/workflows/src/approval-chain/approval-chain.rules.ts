import { stepTimesProblem } from './step-deadlines';
import type {
  ApprovalChainInput,
  ApprovalStepSpec,
  ChainState,
  ChainStatus,
  DecisionRequest,
  DecisionResult,
  ResubmitRequest,
  Transition,
  TransitionKind,
  WithdrawRequest,
} from './approval-chain.types';

/**
 * The rules of the chain as pure functions of its state: what a request may do (validate*) and what it
 * does (apply*). The workflow only wires them to Temporal, so every rule is tested without a server and
 * replays deterministically. Apply functions return a new state; they never mutate the one given.
 */

/**
 * Refusals name what is wrong, for the person who tried: a stable code, and the reason in English and
 * in Chinese (the services answer both).
 */
export class ApprovalRequestRefused extends Error {
  constructor(
    message: string,
    readonly code = 'approval-refused',
    readonly messageZh = '该审批操作未被接受',
  ) {
    super(message);
    this.name = 'ApprovalRequestRefused';
  }
}

export function validateChainInput(input: ApprovalChainInput): string | null {
  if (input.steps.length === 0) return 'an approval chain needs at least one step';
  const ids = new Set<string>();
  const first = input.steps[0];
  if (input.submitterOpinion !== undefined && !first.approvers.includes(input.submitter.userId)) {
    return `the submitter (${input.submitter.userId}) is not an approver of the first step ${first.stepId} (${first.title}), so cannot fill it with the submission`;
  }
  for (const [i, step] of input.steps.entries()) {
    if (ids.has(step.stepId)) return `step ${step.stepId} appears twice`;
    ids.add(step.stepId);
    if (step.approvers.length === 0) return `step ${step.stepId} (${step.title}) has nobody who can decide it`;
    const times = stepTimesProblem(step);
    if (times) return times;
    // The submitter signs only the first box, and only with the submission.
    const signedAtSubmission = i === 0 && input.submitterOpinion !== undefined;
    if (step.mode === 'countersign' && step.approvers.includes(input.submitter.userId) && !signedAtSubmission) {
      return `step ${step.stepId} (${step.title}) needs the submitter's own signature, which can never be given`;
    }
  }
  return null;
}

export function initialState(input: ApprovalChainInput, now: string): ChainState {
  const state: ChainState = {
    status: 'pending',
    currentStep: 0,
    steps: input.steps.map((step, i) => ({
      stepId: step.stepId,
      signatures: [],
      waitingSince: i === 0 ? now : null,
      round: i === 0 ? 1 : 0,
      remindedInRound: false,
      escalatedInRound: false,
    })),
    transitions: [],
    results: {},
  };
  const submitted = withTransition(state, input, { kind: 'submitted', at: now, actorUserId: input.submitter.userId });
  if (input.submitterOpinion === undefined) return submitted;
  // The submitter fills the first box with the submission: a signature like any approver's, in their name.
  const by = { at: now, stepId: input.steps[0].stepId, actorUserId: input.submitter.userId, onBehalfOf: null, opinion: input.submitterOpinion, decisionId: null };
  return signCurrentStep(submitted, input, 'approve', by);
}

/** The users the item waits for now: the approvers of the current step who have not signed, or the submitter. */
export function waitingFor(state: ChainState, input: ApprovalChainInput): string[] {
  if (state.status === 'returned') return [input.submitter.userId];
  if (state.status !== 'pending') return [];
  const step = input.steps[state.currentStep];
  if (step.mode === 'or-sign') return [...step.approvers];
  const signed = new Set(state.steps[state.currentStep].signatures.map((s) => s.onBehalfOf ?? s.userId));
  return step.approvers.filter((a) => !signed.has(a));
}

export function currentStepSpec(state: ChainState, input: ApprovalChainInput): ApprovalStepSpec | null {
  return state.status === 'pending' || state.status === 'returned' ? input.steps[state.currentStep] : null;
}

export function validateDecision(state: ChainState, input: ApprovalChainInput, request: DecisionRequest): void {
  if (state.results[request.decisionId]) return;
  refuseUnlessOpen(state, 'decided');
  if (state.status === 'returned') {
    refuse('item-returned', `the item was returned to ${input.submitter.userId} for revision; it can be decided again once resubmitted`, '该事项已退回提交人修改，重新提交后才能审批');
  }
  const step = input.steps[state.currentStep];
  if (request.stepId !== step.stepId) {
    const known = input.steps.find((s) => s.stepId === request.stepId);
    if (known) {
      refuse(
        'not-the-waiting-step',
        `step ${request.stepId} (${known.title}) is not the step waiting for a decision; the item waits at ${step.stepId} (${step.title})`,
        `“${known.title}”不是当前待审批的环节；该事项正在“${step.title}”等待审批`,
      );
    }
    refuse('unknown-step', `the chain has no step ${request.stepId}`, `审批流程中没有环节 ${request.stepId}`);
  }
  const decider = request.onBehalfOf ?? request.actorUserId;
  if (request.onBehalfOf !== undefined && request.onBehalfOf === request.actorUserId) {
    refuse('delegate-is-self', 'onBehalfOf names yourself: decide in your own name', '代签对象是您本人：请以本人名义审批');
  }
  if (!step.approvers.includes(decider)) {
    refuse(
      'not-your-step',
      request.onBehalfOf
        ? `${request.onBehalfOf}, on whose behalf you decide, is not an approver of step ${step.stepId} (${step.title})`
        : `you (${request.actorUserId}) are not an approver of step ${step.stepId} (${step.title})`,
      request.onBehalfOf ? `您代签的人不是“${step.title}”环节的审批人` : `您不是“${step.title}”环节的审批人`,
    );
  }
  if (decider === input.submitter.userId || request.actorUserId === input.submitter.userId) {
    refuse('own-submission', 'you submitted this item yourself, so someone else must decide it', '该事项是您本人提交的，须由他人审批');
  }
  if (state.steps[state.currentStep].signatures.some((s) => (s.onBehalfOf ?? s.userId) === decider)) {
    refuse('already-signed', `${decider} has already signed step ${step.stepId} (${step.title})`, `“${step.title}”环节已经签过意见，不能重复签署`);
  }
  if (request.outcome !== 'approve' && request.opinion.trim() === '') {
    refuse(
      'opinion-required',
      `an opinion is required to ${request.outcome === 'reject' ? 'reject' : 'return'} the item: say why`,
      `${request.outcome === 'reject' ? '不同意' : '退回'}时必须填写意见，说明理由`,
    );
  }
}

export function applyDecision(state: ChainState, input: ApprovalChainInput, request: DecisionRequest, now: string): ChainState {
  if (state.results[request.decisionId]) return state;
  validateDecision(state, input, request);
  const by = {
    at: now,
    stepId: input.steps[state.currentStep].stepId,
    actorUserId: request.actorUserId,
    onBehalfOf: request.onBehalfOf ?? null,
    opinion: request.opinion,
    decisionId: request.decisionId,
  };
  return withResult(signCurrentStep(state, input, request.outcome, by), request.decisionId);
}

interface Signer {
  at: string;
  stepId: string;
  actorUserId: string;
  onBehalfOf: string | null;
  opinion: string;
  decisionId: string | null;
}

/** The current step signed (an approver's decision, or the submitter's own box at submission) and where that leaves the chain. */
function signCurrentStep(state: ChainState, input: ApprovalChainInput, outcome: DecisionRequest['outcome'], by: Signer): ChainState {
  const index = state.currentStep;
  const step = input.steps[index];
  const signature = { userId: by.actorUserId, onBehalfOf: by.onBehalfOf, outcome, opinion: by.opinion, at: by.at };
  let next: ChainState = {
    ...state,
    steps: state.steps.map((s, i) => (i === index ? { ...s, signatures: [...s.signatures, signature] } : s)),
  };
  if (outcome === 'reject') {
    next = { ...next, status: 'rejected' };
    return withTransition(next, input, { kind: 'rejected', ...by, notify: [input.submitter.userId] });
  }
  if (outcome === 'return') {
    next = { ...next, status: 'returned' };
    return withTransition(next, input, { kind: 'returned', ...by });
  }
  const allSigned =
    step.mode === 'or-sign' ||
    step.approvers.every((a) => next.steps[index].signatures.some((s) => s.outcome === 'approve' && (s.onBehalfOf ?? s.userId) === a));
  if (!allSigned) return withTransition(next, input, { kind: 'signed', ...by });
  if (index === input.steps.length - 1) {
    next = { ...next, status: 'approved' };
    return withTransition(next, input, { kind: 'approved', ...by, notify: [input.submitter.userId] });
  }
  next = { ...next, currentStep: index + 1, steps: next.steps.map((s, i) => (i === index + 1 ? startWaiting(s, by.at) : s)) };
  return withTransition(next, input, { kind: 'step-approved', ...by });
}

export function validateResubmit(state: ChainState, input: ApprovalChainInput, request: ResubmitRequest): void {
  if (state.results[request.decisionId]) return;
  refuseUnlessOpen(state, 'resubmitted');
  if (state.status !== 'returned') refuse('not-returned', 'the item has not been returned for revision, so there is nothing to resubmit', '该事项未被退回修改，无需重新提交');
  if (request.actorUserId !== input.submitter.userId) refuse('not-the-submitter', `only the submitter (${input.submitter.userId}) resubmits the item`, '只有提交人可以重新提交该事项');
}

/** The chain resumes at the step that returned it, whose signatures start over. */
export function applyResubmit(state: ChainState, input: ApprovalChainInput, request: ResubmitRequest, now: string): ChainState {
  if (state.results[request.decisionId]) return state;
  validateResubmit(state, input, request);
  const index = state.currentStep;
  const next: ChainState = {
    ...state,
    status: 'pending',
    steps: state.steps.map((s, i) => (i === index ? { ...startWaiting(s, now), signatures: [] } : s)),
  };
  const transition = { kind: 'resubmitted' as const, at: now, stepId: input.steps[index].stepId, actorUserId: request.actorUserId, opinion: request.note, decisionId: request.decisionId };
  return withResult(withTransition(next, input, transition), request.decisionId);
}

export function validateWithdraw(state: ChainState, input: ApprovalChainInput, request: WithdrawRequest): void {
  if (state.results[request.decisionId]) return;
  refuseUnlessOpen(state, 'withdrawn');
  if (request.actorUserId !== input.submitter.userId) refuse('not-the-submitter', `only the submitter (${input.submitter.userId}) withdraws the item`, '只有提交人可以撤回该事项');
  if (request.reason.trim() === '') refuse('reason-required', 'a reason is required to withdraw the item', '撤回时必须填写理由');
}

export function applyWithdraw(state: ChainState, input: ApprovalChainInput, request: WithdrawRequest, now: string): ChainState {
  if (state.results[request.decisionId]) return state;
  validateWithdraw(state, input, request);
  const next: ChainState = { ...state, status: 'withdrawn' };
  // The approvers it was waiting for are told it is gone.
  const transition = {
    kind: 'withdrawn' as const,
    at: now,
    stepId: input.steps[state.currentStep].stepId,
    actorUserId: request.actorUserId,
    opinion: request.reason,
    decisionId: request.decisionId,
    notify: waitingFor(state, input),
  };
  return withResult(withTransition(next, input, transition), request.decisionId);
}

/** A timer belongs to one wait: this step, this round. */
export interface StepWait {
  stepId: string;
  round: number;
}

/** A reminder (催办) for the wait it was set for; null when that wait is over (decided, moved on) or already reminded. */
export function applyReminder(state: ChainState, input: ApprovalChainInput, wait: StepWait, now: string): ChainState | null {
  const current = state.steps[state.currentStep];
  if (state.status !== 'pending' || current.stepId !== wait.stepId || current.round !== wait.round || current.remindedInRound) return null;
  const next: ChainState = { ...state, steps: state.steps.map((s, i) => (i === state.currentStep ? { ...s, remindedInRound: true } : s)) };
  return withTransition(next, input, { kind: 'reminded', at: now, stepId: current.stepId, notify: waitingFor(state, input) });
}

/** Escalation to the next level's office for the wait it was set for; null when that wait is over or already escalated. */
export function applyEscalation(state: ChainState, input: ApprovalChainInput, wait: StepWait, now: string): ChainState | null {
  const current = state.steps[state.currentStep];
  if (state.status !== 'pending' || current.stepId !== wait.stepId || current.round !== wait.round || current.escalatedInRound) return null;
  const next: ChainState = { ...state, steps: state.steps.map((s, i) => (i === state.currentStep ? { ...s, escalatedInRound: true } : s)) };
  const spec = input.steps[state.currentStep];
  return withTransition(next, input, { kind: 'escalated', at: now, stepId: current.stepId, notify: [...spec.escalateTo] });
}

export function isOpen(status: ChainStatus): boolean {
  return status === 'pending' || status === 'returned';
}

function startWaiting(step: ChainState['steps'][number], now: string): ChainState['steps'][number] {
  return { ...step, waitingSince: now, round: step.round + 1, remindedInRound: false, escalatedInRound: false };
}

function refuseUnlessOpen(state: ChainState, what: string): void {
  if (!isOpen(state.status)) refuse('item-closed', `the item is already ${state.status} and can no longer be ${what}`, '该事项的审批已结束，不能再操作');
}

function refuse(code: string, message: string, messageZh: string): never {
  throw new ApprovalRequestRefused(message, code, messageZh);
}

interface TransitionFields {
  kind: TransitionKind;
  at: string;
  stepId?: string | null;
  actorUserId?: string | null;
  onBehalfOf?: string | null;
  opinion?: string | null;
  decisionId?: string | null;
  notify?: string[];
}

function withTransition(state: ChainState, input: ApprovalChainInput, fields: TransitionFields): ChainState {
  const waiting = waitingFor(state, input);
  const transition: Transition = {
    seq: state.transitions.length + 1,
    kind: fields.kind,
    at: fields.at,
    stepId: fields.stepId ?? null,
    actorUserId: fields.actorUserId ?? null,
    onBehalfOf: fields.onBehalfOf ?? null,
    opinion: fields.opinion ?? null,
    decisionId: fields.decisionId ?? null,
    status: state.status,
    currentStepId: currentStepSpec(state, input)?.stepId ?? null,
    waitingFor: waiting,
    // Whoever the item now waits for is told; reminders and escalations say whom themselves.
    notify: fields.notify ?? waiting,
  };
  return { ...state, transitions: [...state.transitions, transition] };
}

function withResult(state: ChainState, decisionId: string): ChainState {
  const last = state.transitions[state.transitions.length - 1];
  const result: DecisionResult = { decisionId, status: state.status, currentStepId: last.currentStepId, transitionSeq: last.seq };
  return { ...state, results: { ...state.results, [decisionId]: result } };
}
