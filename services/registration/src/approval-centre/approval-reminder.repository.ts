import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** What a reminder (催办) needs of an approval item: where it stands, and its submitter's unit. */
export interface ReminderTarget {
  workflow_id: string;
  service: string;
  item_kind: string;
  item_id: string;
  title: string;
  status: string;
  current_step_id: string | null;
  step_title: string | null;
  submitter_user_id: string;
  submitter_unit_id: string | null;
  submitter_path: string | null;
}

/** The reminders (催办) of the approval centre: every statement on `approval_reminders`, and what they read of the centre's items. */
@Injectable()
export class ApprovalReminderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async target(workflowId: string): Promise<ReminderTarget | undefined> {
    const [item]: ReminderTarget[] = await this.dataSource.query(
      `SELECT i.workflow_id, i.service, i.item_kind, i.item_id, i.title, i.status, i.current_step_id, i.step_title, i.submitter_user_id,
              u.org_unit_id AS submitter_unit_id, o.path AS submitter_path
         FROM approval_centre_items i
         LEFT JOIN users u ON u.id::text = i.submitter_user_id
         LEFT JOIN org_units o ON o.id = u.org_unit_id
        WHERE i.workflow_id = $1`,
      [workflowId],
    );
    return item;
  }

  /** Records a reminder of the step, quiet for 24 hours: the exclusion constraint refuses a second one within them (23P01). */
  async insert(tx: EntityManager, r: { id: string; workflowId: string; stepId: string; sentBy: string; sentAt: Date }): Promise<void> {
    await tx.query(`INSERT INTO approval_reminders (id, workflow_id, step_id, sent_by, sent_at, quiet_until) VALUES ($1, $2, $3, $4, $5, $5::timestamptz + interval '24 hours')`, [
      r.id,
      r.workflowId,
      r.stepId,
      r.sentBy,
      r.sentAt,
    ]);
  }

  /** The approvers the item waits for now. */
  async approversWaiting(tx: EntityManager, workflowId: string): Promise<string[]> {
    const waiting: { user_id: string }[] = await tx.query(`SELECT user_id FROM approval_centre_waiting WHERE workflow_id = $1 AND waiting_as = 'approver' ORDER BY user_id`, [
      workflowId,
    ]);
    return waiting.map((w) => w.user_id);
  }
}
