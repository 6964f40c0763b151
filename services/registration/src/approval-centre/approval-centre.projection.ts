import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EntityManager } from 'typeorm';
import { ApprovalTransitionedV1, approvalTransitionedV1, EventEnvelope } from '@lc/contracts';
import { InboxContext, InboxEvent } from '@lc/platform';

/** Transitions that start a new wait at a step (or the submitter's, or none): who it waits for is replaced. */
const REPLACES_WAITING = new Set(['submitted', 'step-approved', 'resubmitted', 'returned', 'approved', 'rejected', 'withdrawn']);
/** Transitions decided by a person at a step. */
const DECISIONS = new Set(['signed', 'step-approved', 'approved', 'rejected', 'returned']);
const CLOSED = new Set(['approved', 'rejected', 'withdrawn']);

/**
 * The approval centre's copy of every service's chains, from their approval.transitioned events: one
 * item row, who it waits for now, who took part. Events of one workflow share a key, so they come in
 * order; each is applied once (the inbox) and never over a later one (last_seq), so a redelivery or a
 * replay leaves the rows as they are.
 */
@Controller()
export class ApprovalCentreProjection {
  @InboxEvent(approvalTransitionedV1, { consumer: 'approval-centre' })
  async handle(@Payload() { payload: e, producer, occurredAt }: EventEnvelope<ApprovalTransitionedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    const [current]: { last_seq: number; status: string }[] = await tx.query(
      `SELECT last_seq, status FROM approval_centre_items WHERE workflow_id = $1 FOR UPDATE`,
      [e.workflowId],
    );
    // A chain ended may be started again under its workflow id (an item submitted anew): seq starts over.
    const startsAgain = current !== undefined && e.kind === 'submitted' && CLOSED.has(current.status);
    if (current && e.seq <= current.last_seq && !startsAgain) return;
    if (startsAgain) await tx.query(`DELETE FROM approval_centre_items WHERE workflow_id = $1`, [e.workflowId]);

    const submitter = e.submitterUserId ?? (e.kind === 'submitted' ? e.actorUserId : null) ?? '';
    const dueAt = e.dueAt !== undefined ? e.dueAt : null;
    // The deadline runs from a wait's start (the event carries it) until the step is decided.
    const keepsDueAt = !REPLACES_WAITING.has(e.kind);
    await tx.query(
      `INSERT INTO approval_centre_items (workflow_id, service, item_kind, item_id, title, status, current_step_id, step_title,
                                         submitter_user_id, submitted_at, updated_at, due_at, last_seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12)
       ON CONFLICT (workflow_id) DO UPDATE SET
         title = EXCLUDED.title, status = EXCLUDED.status, current_step_id = EXCLUDED.current_step_id,
         step_title = EXCLUDED.step_title, updated_at = EXCLUDED.updated_at, last_seq = EXCLUDED.last_seq,
         due_at = CASE WHEN $13 THEN approval_centre_items.due_at ELSE EXCLUDED.due_at END`,
      [e.workflowId, producer, e.itemKind, e.itemId, e.title, e.status, e.currentStepId, e.stepTitle ?? null, submitter, occurredAt, dueAt, e.seq, keepsDueAt],
    );

    if (REPLACES_WAITING.has(e.kind)) {
      await tx.query(`DELETE FROM approval_centre_waiting WHERE workflow_id = $1`, [e.workflowId]);
      await tx.query(
        `INSERT INTO approval_centre_waiting (workflow_id, user_id, waiting_as, waiting_since, due_at)
         SELECT $1, u, $3, $4, $5 FROM unnest($2::text[]) AS u ON CONFLICT DO NOTHING`,
        [e.workflowId, e.waitingFor, e.status === 'returned' ? 'submitter' : 'approver', occurredAt, e.status === 'returned' ? null : dueAt],
      );
    } else if (e.kind === 'signed') {
      // A countersign step still waits for those who have not signed; watchers keep watching.
      await tx.query(
        `DELETE FROM approval_centre_waiting WHERE workflow_id = $1 AND waiting_as = 'approver' AND NOT (user_id = ANY($2::text[]))`,
        [e.workflowId, e.waitingFor],
      );
    } else if (e.kind === 'escalated') {
      await tx.query(
        `INSERT INTO approval_centre_waiting (workflow_id, user_id, waiting_as, waiting_since, due_at)
         SELECT $1, u, 'watcher', $3, NULL FROM unnest($2::text[]) AS u ON CONFLICT DO NOTHING`,
        [e.workflowId, e.notify, occurredAt],
      );
      await this.tookPart(tx, e.workflowId, e.notify, 'copied', null, occurredAt);
    }

    if (e.kind === 'submitted' && submitter) await this.tookPart(tx, e.workflowId, [submitter], 'submitted', null, occurredAt);
    if (DECISIONS.has(e.kind) && e.actorUserId) await this.tookPart(tx, e.workflowId, [e.actorUserId], 'decided', e.onBehalfOf, occurredAt);
  }

  /** The latest time each took part that way (a step decided twice after a return counts at its last decision). */
  private async tookPart(tx: EntityManager, workflowId: string, userIds: string[], as: string, onBehalfOf: string | null, at: string): Promise<void> {
    await tx.query(
      `INSERT INTO approval_centre_participants (workflow_id, user_id, took_part_as, on_behalf_of, at)
       SELECT $1, u, $3, $4, $5 FROM unnest($2::text[]) AS u
       ON CONFLICT (workflow_id, user_id, took_part_as) DO UPDATE SET on_behalf_of = EXCLUDED.on_behalf_of, at = EXCLUDED.at`,
      [workflowId, userIds, as, onBehalfOf, at],
    );
  }
}
