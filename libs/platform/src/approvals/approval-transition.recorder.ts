import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { approvalTransitionedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { ApprovalTransitionRecord, stepDueAt } from '@lc/workflows';

/** Something a service does when one of its items reaches an outcome (a competition becomes filed). */
export interface ApprovalOutcomeHandler {
  readonly itemKind: string;
  onOutcome(tx: EntityManager, record: ApprovalTransitionRecord): Promise<void>;
}

export const APPROVAL_OUTCOME_HANDLERS = Symbol('APPROVAL_OUTCOME_HANDLERS');

/**
 * The chain's activity: in one transaction, the transition (once: its key is the workflow id and
 * seq), the item's status, the inbox of the users it now waits for, an audit entry and an
 * approval.transitioned event. A retried or replayed activity finds the transition and does nothing.
 */
@Injectable()
export class ApprovalTransitionRecorder {
  private readonly outcomes = new Map<string, ApprovalOutcomeHandler>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxPublisher,
  ) {}

  registerOutcomeHandler(handler: ApprovalOutcomeHandler): void {
    this.outcomes.set(handler.itemKind, handler);
  }

  async recordApprovalTransition(record: ApprovalTransitionRecord): Promise<void> {
    const { workflowId, input, transition: t } = record;
    await this.dataSource.transaction(async (tx) => {
      if (t.kind === 'submitted') {
        await tx.query(
          `INSERT INTO approval_items (workflow_id, item_kind, item_id, title, submitter_user_id, submitter_org_path, status,
                                       current_step_id, submitted_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) ON CONFLICT (workflow_id) DO NOTHING`,
          [workflowId, input.itemKind, input.itemId, input.title, input.submitter.userId, input.submitter.orgPath, t.status, t.currentStepId, t.at],
        );
      }
      const inserted: unknown[] = await tx.query(
        `INSERT INTO approval_transitions (workflow_id, seq, kind, step_id, actor_user_id, on_behalf_of, opinion, status, occurred_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (workflow_id, seq) DO NOTHING RETURNING seq`,
        [workflowId, t.seq, t.kind, t.stepId, t.actorUserId, t.onBehalfOf, t.opinion, t.status, t.at],
      );
      if (inserted.length === 0) return;

      await tx.query(`UPDATE approval_items SET status = $2, current_step_id = $3, updated_at = $4 WHERE workflow_id = $1`, [
        workflowId,
        t.status,
        t.currentStepId,
        t.at,
      ]);
      // Reminders and escalations do not move the item: its inbox rows (and their age) stay.
      const step = input.steps.find((s) => s.stepId === t.stepId);
      if (t.kind === 'signed') {
        // A countersign step still waits for the others, since the step began.
        await tx.query(`DELETE FROM approval_inbox WHERE workflow_id = $1 AND NOT (user_id = ANY($2::text[]))`, [workflowId, t.waitingFor]);
      } else if (t.kind === 'escalated') {
        // The office above sees the overdue item in its inbox until the step is decided.
        await tx.query(
          `INSERT INTO approval_inbox (workflow_id, user_id, step_id, step_title, waiting_as, waiting_since)
           SELECT $1, u, $3, $4, 'escalation', $5 FROM unnest($2::text[]) AS u ON CONFLICT DO NOTHING`,
          [workflowId, t.notify, t.stepId, `逾期督办：${step?.title ?? t.stepId}`, t.at],
        );
      } else if (t.kind !== 'reminded') {
        await this.refreshInbox(tx, record);
      }

      await this.audit.append(tx, {
        actor: { userId: t.actorUserId ?? 'system', orgUnitId: actorUnitOf(record) },
        action: `approval.${t.kind}`,
        entity: { type: input.itemKind, id: input.itemId, orgUnitId: input.submitter.orgUnitId, orgPath: input.submitter.orgPath },
        after: { status: t.status, currentStepId: t.currentStepId, waitingFor: t.waitingFor, notify: t.notify, onBehalfOf: t.onBehalfOf },
        reason: t.opinion,
        correlationId: `${workflowId}:${t.seq}`,
      });
      await this.outbox.publish(tx, approvalTransitionedV1, {
        aggregateId: workflowId,
        orgUnitId: input.submitter.orgUnitId,
        correlationId: `${workflowId}:${t.seq}`,
        occurredAt: new Date(t.at),
        payload: {
          workflowId,
          itemKind: input.itemKind,
          itemId: input.itemId,
          title: input.title,
          seq: t.seq,
          kind: t.kind,
          stepId: t.stepId,
          actorUserId: t.actorUserId,
          onBehalfOf: t.onBehalfOf,
          opinion: t.opinion,
          status: t.status,
          currentStepId: t.currentStepId,
          waitingFor: t.waitingFor,
          notify: t.notify,
          submitterUserId: input.submitter.userId,
          stepTitle: input.steps.find((s) => s.stepId === (t.currentStepId ?? t.stepId))?.title ?? null,
          dueAt: dueAtOf(record),
        },
      });
      if (t.status !== 'pending' && t.status !== 'returned') await this.outcomes.get(input.itemKind)?.onOutcome(tx, record);
    });
  }

  private async refreshInbox(tx: EntityManager, { workflowId, input, transition: t }: ApprovalTransitionRecord): Promise<void> {
    await tx.query(`DELETE FROM approval_inbox WHERE workflow_id = $1`, [workflowId]);
    if (t.waitingFor.length === 0) return;
    const step = input.steps.find((s) => s.stepId === t.currentStepId);
    const returned = t.status === 'returned';
    await tx.query(
      `INSERT INTO approval_inbox (workflow_id, user_id, step_id, step_title, waiting_as, waiting_since)
       SELECT $1, u, $3, $4, $5, $6 FROM unnest($2::text[]) AS u`,
      [
        workflowId,
        t.waitingFor,
        returned ? null : t.currentStepId,
        returned ? '退回修改' : (step?.title ?? null),
        returned ? 'submitter' : 'approver',
        t.at,
      ],
    );
  }
}

/** What the submitter does as the submitter; anything else is done at a step. */
const SUBMITTER_ACTS = new Set(['submitted', 'resubmitted', 'withdrawn']);

/**
 * The unit an audit entry names its actor acting for: the submitter's own unit for their submission,
 * resubmission and withdrawal; the step's unit for a decision (the submitter's own first box included),
 * a reminder or an escalation.
 */
function actorUnitOf({ input, transition: t }: ApprovalTransitionRecord): string {
  if (SUBMITTER_ACTS.has(t.kind)) return input.submitter.ownUnitId ?? input.submitter.orgUnitId;
  return input.steps.find((s) => s.stepId === t.stepId)?.unitId ?? input.submitter.orgUnitId;
}

/** Transitions after which the item starts waiting at a step afresh, with the step's deadline running. */
const STARTS_WAIT = new Set(['submitted', 'step-approved', 'resubmitted']);

/** When the wait this transition starts runs past its deadline (and escalates); undefined if it starts none. */
function dueAtOf({ input, transition: t }: ApprovalTransitionRecord): string | undefined {
  if (!STARTS_WAIT.has(t.kind) || t.status !== 'pending') return undefined;
  const step = input.steps.find((s) => s.stepId === t.currentStepId);
  return step ? new Date(stepDueAt(step, t.at)).toISOString() : undefined;
}
