import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** An item's row as a transition leaves it. */
export interface ApprovalCentreItemState {
  workflowId: string;
  service: string;
  itemKind: string;
  itemId: string;
  title: string;
  status: string;
  currentStepId: string | null;
  stepTitle: string | null;
  submitterUserId: string;
  at: string;
  dueAt: string | null;
  seq: number;
  /** The wait goes on: the item keeps the due time it has. */
  keepsDueAt: boolean;
}

/**
 * The approval centre's copy of the chains: every statement on `approval_centre_items`,
 * `approval_centre_waiting` and `approval_centre_participants`, as the projection writes them.
 */
@Injectable()
export class ApprovalCentreItemRepository {
  /** The item's last applied transition and status, locked; undefined for an item not seen yet. */
  async lock(tx: EntityManager, workflowId: string): Promise<{ last_seq: number; status: string } | undefined> {
    const [current]: { last_seq: number; status: string }[] = await tx.query(`SELECT last_seq, status FROM approval_centre_items WHERE workflow_id = $1 FOR UPDATE`, [
      workflowId,
    ]);
    return current;
  }

  async delete(tx: EntityManager, workflowId: string): Promise<void> {
    await tx.query(`DELETE FROM approval_centre_items WHERE workflow_id = $1`, [workflowId]);
  }

  async save(tx: EntityManager, i: ApprovalCentreItemState): Promise<void> {
    await tx.query(
      `INSERT INTO approval_centre_items (workflow_id, service, item_kind, item_id, title, status, current_step_id, step_title,
                                         submitter_user_id, submitted_at, updated_at, due_at, last_seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12)
       ON CONFLICT (workflow_id) DO UPDATE SET
         title = EXCLUDED.title, status = EXCLUDED.status, current_step_id = EXCLUDED.current_step_id,
         step_title = EXCLUDED.step_title, updated_at = EXCLUDED.updated_at, last_seq = EXCLUDED.last_seq,
         due_at = CASE WHEN $13 THEN approval_centre_items.due_at ELSE EXCLUDED.due_at END`,
      [i.workflowId, i.service, i.itemKind, i.itemId, i.title, i.status, i.currentStepId, i.stepTitle, i.submitterUserId, i.at, i.dueAt, i.seq, i.keepsDueAt],
    );
  }

  /** Who the item waits for now, instead of whoever it waited for. */
  async replaceWaiting(tx: EntityManager, workflowId: string, userIds: string[], as: 'submitter' | 'approver', since: string, dueAt: string | null): Promise<void> {
    await tx.query(`DELETE FROM approval_centre_waiting WHERE workflow_id = $1`, [workflowId]);
    await tx.query(
      `INSERT INTO approval_centre_waiting (workflow_id, user_id, waiting_as, waiting_since, due_at)
       SELECT $1, u, $3, $4, $5 FROM unnest($2::text[]) AS u ON CONFLICT DO NOTHING`,
      [workflowId, userIds, as, since, dueAt],
    );
  }

  /** A countersign step still waits for those who have not signed; watchers keep watching. */
  async keepApproversWaiting(tx: EntityManager, workflowId: string, userIds: string[]): Promise<void> {
    await tx.query(`DELETE FROM approval_centre_waiting WHERE workflow_id = $1 AND waiting_as = 'approver' AND NOT (user_id = ANY($2::text[]))`, [workflowId, userIds]);
  }

  async addWatchers(tx: EntityManager, workflowId: string, userIds: string[], since: string): Promise<void> {
    await tx.query(
      `INSERT INTO approval_centre_waiting (workflow_id, user_id, waiting_as, waiting_since, due_at)
       SELECT $1, u, 'watcher', $3, NULL FROM unnest($2::text[]) AS u ON CONFLICT DO NOTHING`,
      [workflowId, userIds, since],
    );
  }

  /** The latest time each took part that way (a step decided twice after a return counts at its last decision). */
  async tookPart(tx: EntityManager, workflowId: string, userIds: string[], as: string, onBehalfOf: string | null, at: string): Promise<void> {
    await tx.query(
      `INSERT INTO approval_centre_participants (workflow_id, user_id, took_part_as, on_behalf_of, at)
       SELECT $1, u, $3, $4, $5 FROM unnest($2::text[]) AS u
       ON CONFLICT (workflow_id, user_id, took_part_as) DO UPDATE SET on_behalf_of = EXCLUDED.on_behalf_of, at = EXCLUDED.at`,
      [workflowId, userIds, as, onBehalfOf, at],
    );
  }
}
