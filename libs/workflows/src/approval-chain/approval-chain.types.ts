/**
 * The approval chain (DOMAIN §6): one durable workflow that carries an item (an enrolment, a plan
 * filing, a large reward, a nomination, a major hazard's close-out) up the union hierarchy, one
 * opinion box (意见栏) of the paper forms per step. The owning service derives the steps from its org
 * tree and its users at submission (so a level nobody can decide is refused there, never a stuck
 * workflow) and implements the activity that records each transition.
 */

/** 或签: any one of the approvers decides the step. 会签: every named approver must approve. */
export type StepMode = 'or-sign' | 'countersign';

export interface ApprovalStepSpec {
  /** Unique within the chain, e.g. the unit id; decisions name it, so a stale screen cannot decide the wrong step. */
  stepId: string;
  unitId: string;
  unitPath: string;
  /** The opinion box, as the form prints it, e.g. '乡镇（街道、园区）工会意见'. */
  title: string;
  mode: StepMode;
  /** Users who may decide the step (or-sign: any one; countersign: all of them). Never empty. */
  approvers: string[];
  /** The next level's office, told when the step runs past its deadline. */
  escalateTo: string[];
  /** A reminder (催办) to the approvers who have not decided, this long after the step starts waiting. */
  reminderAfterSeconds: number;
  /** Escalation this long after the step starts waiting; not before the reminder. */
  deadlineSeconds: number;
  /**
   * The reminder and the escalation in working days (工作日) by the official calendar, at the end of the
   * n-th working day after the day the step starts waiting (China time); when given, they decide and the
   * seconds are only their calendar-day equivalent. Absent in short test settings and older runs.
   */
  reminderAfterWorkingDays?: number;
  deadlineWorkingDays?: number;
}

export interface ApprovalChainInput {
  itemId: string;
  /** What is being approved: 'enrolment', 'plan-filing', 'reward', 'nomination', 'hazard-close-out'… */
  itemKind: string;
  title: string;
  /**
   * Who submitted, and the unit the item is submitted for (the chain starts there). `ownUnitId` is the
   * unit of the submitter's own account, under which their own acts are audited; chains started before
   * it was recorded leave it out, and the submitting unit stands for it.
   */
  submitter: { userId: string; orgUnitId: string; orgPath: string; ownUnitId?: string };
  steps: ApprovalStepSpec[];
  /**
   * The submitter's opinion in the first box, when they hold its role: the submission fills that box
   * (同意), as on paper, and the chain waits at the second. Absent, the first box waits for its approvers.
   */
  submitterOpinion?: string;
}

export type DecisionOutcome = 'approve' | 'reject' | 'return';

export interface DecisionRequest {
  /** Chosen by the caller; the same id twice counts once. */
  decisionId: string;
  stepId: string;
  actorUserId: string;
  /** Set when a deputy decides for an approver who delegated to them (the service checks the delegation). */
  onBehalfOf?: string;
  outcome: DecisionOutcome;
  /** The opinion text of the box; required to reject or return. */
  opinion: string;
}

export interface ResubmitRequest {
  decisionId: string;
  actorUserId: string;
  /** What was changed, for the approver who returned it. */
  note: string;
}

export interface WithdrawRequest {
  decisionId: string;
  actorUserId: string;
  reason: string;
}

export type ChainStatus = 'pending' | 'returned' | 'approved' | 'rejected' | 'withdrawn';

export type TransitionKind =
  | 'submitted'
  | 'signed'
  | 'step-approved'
  | 'approved'
  | 'rejected'
  | 'returned'
  | 'resubmitted'
  | 'withdrawn'
  | 'reminded'
  | 'escalated';

/** One thing that happened to the item; recorded once (audit, event, inbox) under `${workflowId}:${seq}`. */
export interface Transition {
  seq: number;
  kind: TransitionKind;
  at: string;
  stepId: string | null;
  actorUserId: string | null;
  onBehalfOf: string | null;
  opinion: string | null;
  decisionId: string | null;
  /** After the transition: the item's status, the waiting step and who it waits for. */
  status: ChainStatus;
  currentStepId: string | null;
  waitingFor: string[];
  /** Who is told: the approvers reminded, the office escalated to. */
  notify: string[];
}

export interface Signature {
  userId: string;
  onBehalfOf: string | null;
  outcome: DecisionOutcome;
  opinion: string;
  at: string;
}

export interface StepState {
  stepId: string;
  signatures: Signature[];
  /** When the step last started waiting (first reached, or resubmitted after a return). */
  waitingSince: string | null;
  /** Counts each time the step starts waiting; timers of an earlier wait are void. */
  round: number;
  remindedInRound: boolean;
  escalatedInRound: boolean;
}

export interface DecisionResult {
  decisionId: string;
  status: ChainStatus;
  currentStepId: string | null;
  transitionSeq: number;
}

export interface ChainState {
  status: ChainStatus;
  currentStep: number;
  steps: StepState[];
  transitions: Transition[];
  /** Results of the requests applied so far, by decision id: a repeated id gets the same answer. */
  results: Record<string, DecisionResult>;
}

export const approvalChainWorkflowType = 'approvalChain';

export const approvalChainWorkflowId = (itemKind: string, itemId: string): string => `approval-${itemKind}-${itemId}`;

export interface ApprovalTransitionRecord {
  workflowId: string;
  input: ApprovalChainInput;
  transition: Transition;
}

/** The owning service implements this: audit entry, outbox event and inbox rows, once per transition id. */
export interface ApprovalChainActivities {
  recordApprovalTransition(record: ApprovalTransitionRecord): Promise<void>;
}
