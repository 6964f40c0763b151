import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { DataSource, EntityManager } from 'typeorm';
import { approvalLevels, OrgUnitKind, Role } from '@lc/org';
import {
  ApprovalChainInput,
  approvalChainWorkflowId,
  ApprovalForm,
  approvalChainWorkflowType,
  ApprovalStepSpec,
  ChainState,
  chainInputQuery,
  chainStateQuery,
  decideUpdate,
  DecisionRequest,
  DecisionResult,
  OpinionBoxHolder,
  opinionBoxTitle,
  resubmitUpdate,
  stepDueAt,
  validateChainInput,
  withdrawUpdate,
} from '@lc/workflows';
import { Caller } from '../access/caller';
import {
  ApprovalItemClosed,
  ApprovalRefused,
  FirstBoxOpinionNeeded,
  InvalidApprovalChain,
  NobodyCanDecide,
  NotAFirstBoxHolder,
  NotDelegated,
} from './approval.errors';
import { SERVICE_CONFIG } from '../config/config.tokens';
import { ServiceConfig } from '../config/service-config';
import { OrgDirectory } from '../org-tree/org-directory';
import { callTemporal } from '../temporal/temporal-call';
import { TEMPORAL_CLIENT } from '../temporal/temporal.tokens';
import { WorkflowOutbox } from '../temporal/workflow-outbox/workflow-outbox';
import { ApprovalReadRules } from './approval-read-rules';
import { approvalStepTimes } from './approval-step-times';
import { ApprovalPerson, ApproverDirectory, DeciderRoles } from './approver-directory';

export const APPROVALS_TASK_QUEUE = Symbol('APPROVALS_TASK_QUEUE');

export interface SubmitApproval {
  itemKind: string;
  itemId: string;
  title: string;
  /** The paper form the chain fills: each box's title comes from it (opinionBoxTitle). */
  form: ApprovalForm;
  /** The unit that submits the item: the chain starts above it. */
  submitterUnitId: string;
  /** The level the item is decided at (OrgLevels.county, OrgLevels.city…). */
  upToLevel: number;
  /** Which roles fill each level's opinion box. */
  deciders: DeciderRoles;
  /** 会签 where every decider of the level must sign; 或签 (any one) elsewhere. */
  countersignAt?: readonly OrgUnitKind[];
  /**
   * 'unit' (default): the submitting unit's own opinion is the submission, so the chain starts above it.
   * 'person': a person submits for themselves, so their own unit's boxes come first.
   */
  submittedBy?: 'unit' | 'person';
  /** Several opinion boxes at one kind of unit, in order (e.g. the enterprise's union, then its management). */
  boxes?: Partial<Record<OrgUnitKind, readonly { holder: OpinionBoxHolder; roles: readonly Role[] }[]>>;
  /**
   * The submitter's opinion (意见) for the first box. A submitter who holds the first box's role fills
   * it with the submission, as on paper (a one-cadre enterprise union signs its own recommendation);
   * required when nobody else could fill it, refused from anyone who does not hold its role.
   */
  firstBoxOpinion?: string;
  /**
   * false where a separation of duties keeps the submitter out of the first box (the verifier of a
   * hazard does not approve its reward): then someone else must be able to fill it.
   */
  submitterMayFillFirstBox?: boolean;
}

/**
 * Submits items to the approval chain and passes decisions to it. The chain is resolved here, from
 * the org tree and the users who may decide at each level, so that a level nobody can decide is
 * refused at submission. Refusals of the workflow come back as 409 with its reason.
 */
@Injectable()
export class ApprovalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(APPROVALS_TASK_QUEUE) private readonly taskQueue: string,
    private readonly directory: OrgDirectory,
    private readonly approvers: ApproverDirectory,
    private readonly workflows: WorkflowOutbox,
    private readonly readRules: ApprovalReadRules,
  ) {}

  /**
   * Submits the item, inside the transaction that records it as submitted: the chain is resolved
   * through that transaction, and its workflow is recorded there and starts once it commits, never
   * for an item whose transaction rolls back. A chain that cannot start (a box nobody can fill) is
   * refused (409) before anything is recorded; the caller's transaction is still usable.
   */
  async submit(tx: EntityManager, request: SubmitApproval, caller: Caller): Promise<{ workflowId: string; steps: ApprovalStepSpec[] }> {
    const submitter = await this.directory.getReferenced(request.submitterUnitId, 'submitterUnitId', tx);
    const kinds = new Map<string, OrgUnitKind>();
    for (const id of submitter.path.slice(1).split('/')) {
      const unit = await this.directory.find(id, tx);
      if (unit) kinds.set(id, unit.kind);
    }
    // An org rule refusing the chain (no unit at the level) answers 400 through the exception filter.
    const levels = approvalLevels(submitter.path, kinds, request.upToLevel, { submittedBy: request.submittedBy });
    // One opinion box per level, or several where the form has several at one unit (单位工会意见, 单位意见).
    const boxes = levels.flatMap((level) =>
      (request.boxes?.[level.kind] ?? [{ holder: 'union' as const, roles: request.deciders[level.kind] ?? [] }]).map((box, i, all) => ({
        level,
        title: opinionBoxTitle(request.form, level.kind, box.holder),
        roles: box.roles,
        stepId: all.length > 1 ? `${level.unitId}#${i + 1}` : level.unitId,
      })),
    );
    // One after the other: they share the transaction's connection.
    const holders: string[][] = [];
    for (const box of boxes) holders.push(await this.approvers.usersWithRoles(box.level.unitId, box.roles, tx));
    const me = caller.principal.userId;
    const fillsFirstBox = await this.submitterFillsFirstBox(request, boxes[0], holders[0], me, tx);
    // Nobody decides their own submission, but the first box the submitter fills with it.
    const deciders = holders.map((users, i) => (i === 0 && fillsFirstBox ? users : users.filter((u) => u !== me)));
    const steps: ApprovalStepSpec[] = [];
    for (const [i, box] of boxes.entries()) {
      if (deciders[i].length === 0) {
        const unit = await this.directory.find(box.level.unitId, tx);
        const reason = i === 0 && holders[0].includes(me) ? 'submitter-excluded' : 'nobody';
        throw new NobodyCanDecide(box.level.unitId, unit?.name ?? box.level.unitId, box.title, box.roles, reason);
      }
      steps.push({
        stepId: box.stepId,
        unitId: box.level.unitId,
        unitPath: box.level.path,
        title: box.title,
        mode: request.countersignAt?.includes(box.level.kind) ? 'countersign' : 'or-sign',
        approvers: deciders[i],
        // The next level's office: the first later box at another unit.
        escalateTo: deciders[boxes.findIndex((b, j) => j > i && b.level.unitId !== box.level.unitId)] ?? [],
        ...approvalStepTimes(this.config),
      });
    }
    const input: ApprovalChainInput = {
      itemId: request.itemId,
      itemKind: request.itemKind,
      title: request.title,
      submitter: { userId: me, orgUnitId: submitter.id, orgPath: submitter.path, ownUnitId: caller.principal.orgUnitId },
      steps,
      ...(fillsFirstBox ? { submitterOpinion: request.firstBoxOpinion } : {}),
    };
    const invalid = validateChainInput(input);
    if (invalid) throw new InvalidApprovalChain(invalid);
    const workflowId = approvalChainWorkflowId(request.itemKind, request.itemId);
    // An item may be submitted again once its chain ended (a plan filed again after a rejection).
    await this.workflows.start(tx, { workflowType: approvalChainWorkflowType, workflowId, taskQueue: this.taskQueue, args: [input], idReuse: 'after-close' });
    return { workflowId, steps };
  }

  /**
   * Whether the submission fills the first box: the submitter holds its role there (and no separation
   * of duties keeps them out) and writes its opinion, or is the only one who could fill it, in which
   * case the opinion is required. An opinion from someone who does not hold the box is refused.
   */
  private async submitterFillsFirstBox(
    request: SubmitApproval,
    box: { level: { unitId: string }; title: string },
    holders: readonly string[],
    me: string,
    tx: EntityManager,
  ): Promise<boolean> {
    // Filling the box means an opinion was given: a lone holder without one is refused below.
    const may = request.submitterMayFillFirstBox !== false && holders.includes(me);
    const alone = holders.every((u) => u === me);
    if (!may) {
      if (request.firstBoxOpinion === undefined) return false;
      const unit = await this.directory.find(box.level.unitId, tx);
      throw new NotAFirstBoxHolder(unit?.name ?? box.level.unitId, box.title);
    }
    if (request.firstBoxOpinion !== undefined) return true;
    if (!alone) return false;
    const unit = await this.directory.find(box.level.unitId, tx);
    throw new FirstBoxOpinionNeeded(unit?.name ?? box.level.unitId, box.title);
  }

  /** A decision by an approver, or by a deputy for whom a delegation is in force. */
  async decide(workflowId: string, request: Omit<DecisionRequest, 'actorUserId'>, caller: Caller): Promise<DecisionResult> {
    await this.assertDelegation(caller.principal.userId, request.onBehalfOf);
    // Someone who may not see the item learns nothing from a decision either: 404, as for no item.
    await this.readRules.visibleItem(workflowId, caller, request.onBehalfOf);
    const decision: DecisionRequest = { ...request, actorUserId: caller.principal.userId };
    return this.send(workflowId, () =>
      this.temporal.workflow.getHandle(workflowId).executeUpdate(decideUpdate, { args: [decision], updateId: decision.decisionId }),
    );
  }

  async resubmit(workflowId: string, decisionId: string, note: string, caller: Caller): Promise<DecisionResult> {
    await this.readRules.visibleItem(workflowId, caller);
    return this.send(workflowId, () =>
      this.temporal.workflow
        .getHandle(workflowId)
        .executeUpdate(resubmitUpdate, { args: [{ decisionId, actorUserId: caller.principal.userId, note }], updateId: decisionId }),
    );
  }

  async withdraw(workflowId: string, decisionId: string, reason: string, caller: Caller): Promise<DecisionResult> {
    await this.readRules.visibleItem(workflowId, caller);
    return this.send(workflowId, () =>
      this.temporal.workflow
        .getHandle(workflowId)
        .executeUpdate(withdrawUpdate, { args: [{ decisionId, actorUserId: caller.principal.userId, reason }], updateId: decisionId }),
    );
  }

  /** The chain as it is now, for whoever may read the item or is involved in its chain (ApprovalReadRules); 404 for anyone else. */
  async state(workflowId: string, caller: Caller): Promise<ApprovalView> {
    await this.readRules.visibleItem(workflowId, caller);
    const handle = this.temporal.workflow.getHandle(workflowId);
    const [state, input, description] = await callTemporal(this.temporal, () =>
      Promise.all([handle.query(chainStateQuery), handle.query(chainInputQuery), handle.describe()]),
    );
    const steps = input.steps.map((spec, i) => {
      const waitingSince = state.steps[i]?.waitingSince;
      return {
        stepId: spec.stepId,
        unitId: spec.unitId,
        title: spec.title,
        mode: spec.mode,
        dueAt: waitingSince ? new Date(stepDueAt(spec, waitingSince)).toISOString() : null,
      };
    });
    // Everyone a person reading the chain sees named: the submitter, the signers, the actors and whom they acted for.
    const named = new Set<string>([input.submitter.userId]);
    for (const t of state.transitions) for (const id of [t.actorUserId, t.onBehalfOf]) if (id) named.add(id);
    for (const step of state.steps) for (const s of step.signatures) for (const id of [s.userId, s.onBehalfOf]) if (id) named.add(id);
    return {
      input: {
        workflowId,
        status: description.status.name,
        itemKind: input.itemKind,
        itemId: input.itemId,
        title: input.title,
        submitter: { userId: input.submitter.userId, orgUnitId: input.submitter.orgUnitId },
      },
      state,
      steps,
      people: await this.approvers.people([...named]),
    };
  }

  private async assertDelegation(deputy: string, approver: string | undefined): Promise<void> {
    if (approver === undefined) return;
    const [row]: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM approval_delegations
        WHERE deputy_user_id = $1 AND approver_user_id = $2 AND valid_from <= now() AND valid_until > now() AND revoked_at IS NULL LIMIT 1`,
      [deputy, approver],
    );
    if (!row) throw new NotDelegated(approver);
  }

  private async send(workflowId: string, update: () => Promise<DecisionResult>): Promise<DecisionResult> {
    try {
      return await callTemporal(this.temporal, update);
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) throw new ApprovalRefused(err.cause ?? err);
      if (err instanceof WorkflowNotFoundError) throw new ApprovalItemClosed(workflowId);
      throw err;
    }
  }
}

export interface ChainInputSummary {
  workflowId: string;
  status: string;
  itemKind: string;
  itemId: string;
  title: string;
  submitter: { userId: string; orgUnitId: string };
}

/** An item's chain as people read it: its steps as the form prints them, where it stands, who signed. */
export interface ApprovalView {
  input: ChainInputSummary;
  state: ChainState;
  steps: { stepId: string; unitId: string; title: string; mode: string; dueAt: string | null }[];
  people: Record<string, ApprovalPerson>;
}
