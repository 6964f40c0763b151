import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { isStrictDescendant, unionCadreRoles } from '@lc/org';
import { AccessDenialRecorder, Caller } from '@lc/platform';
import { Notifier } from '../../../notifications/notifier';
import { NothingToRemind, ReminderRefused } from '../../approval-centre.errors';

interface ReminderTarget {
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

export interface ReminderSent {
  reminderId: string;
  workflowId: string;
  stepId: string;
  sentAt: string;
  /** Who it waits for, each reminded. */
  remindedUserIds: string[];
}

/** 催办 is refused as an unknown item is: a refusal never tells that an item exists. */
const notFound = (workflowId: string) => new NothingToRemind(workflowId);

/**
 * 催办: the submitter, or a union cadre of a unit above the submitter's, reminds whoever a pending item
 * waits for. Once a day per step: the table's exclusion constraint refuses a second reminder of the
 * step within 24 hours, however many are sent at once.
 */
@Injectable()
export class SendReminderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly notifications: Notifier,
    private readonly denials: AccessDenialRecorder,
  ) {}

  async remind(workflowId: string, caller: Caller): Promise<ReminderSent> {
    const [item]: ReminderTarget[] = await this.dataSource.query(
      `SELECT i.workflow_id, i.service, i.item_kind, i.item_id, i.title, i.status, i.current_step_id, i.step_title, i.submitter_user_id,
              u.org_unit_id AS submitter_unit_id, o.path AS submitter_path
         FROM approval_centre_items i
         LEFT JOIN users u ON u.id::text = i.submitter_user_id
         LEFT JOIN org_units o ON o.id = u.org_unit_id
        WHERE i.workflow_id = $1`,
      [workflowId],
    );
    if (!item) throw notFound(workflowId);
    if (!this.mayRemind(item, caller)) {
      await this.denials.record({ ...caller, reason: `approval item ${workflowId}: only its submitter or a union cadre above the submitter's unit reminds` });
      throw notFound(workflowId);
    }
    if (item.status !== 'pending' || !item.current_step_id) {
      throw ReminderRefused.notPending(item.status);
    }
    const stepId = item.current_step_id;
    const reminderId = randomUUID();
    const sentAt = new Date();
    try {
      return await this.dataSource.transaction(async (tx) => {
        await tx.query(`INSERT INTO approval_reminders (id, workflow_id, step_id, sent_by, sent_at, quiet_until) VALUES ($1, $2, $3, $4, $5, $5::timestamptz + interval '24 hours')`, [
          reminderId,
          workflowId,
          stepId,
          caller.principal.userId,
          sentAt,
        ]);
        const waiting: { user_id: string }[] = await tx.query(
          `SELECT user_id FROM approval_centre_waiting WHERE workflow_id = $1 AND waiting_as = 'approver' ORDER BY user_id`,
          [workflowId],
        );
        const remindedUserIds = waiting.map((w) => w.user_id);
        await this.notifications.add(tx, {
          kind: 'reminder',
          userIds: remindedUserIds,
          sourceKey: `reminder:${reminderId}`,
          workflowId,
          service: item.service,
          itemKind: item.item_kind,
          itemId: item.item_id,
          subject: { title: item.title, stepTitle: item.step_title },
          at: sentAt,
        });
        await this.audit.append(tx, {
          actor: { userId: caller.principal.userId, orgUnitId: caller.principal.orgUnitId },
          action: 'approval.reminder-sent',
          entity: { type: item.item_kind, id: item.item_id, orgUnitId: item.submitter_unit_id, orgPath: item.submitter_path },
          after: { workflowId, stepId, service: item.service, reminded: remindedUserIds },
          correlationId: caller.correlationId,
        });
        return { reminderId, workflowId, stepId, sentAt: sentAt.toISOString(), remindedUserIds };
      });
    } catch (err) {
      if ((err as { code?: string }).code === '23P01') {
        throw ReminderRefused.alreadyToday(stepId);
      }
      throw err;
    }
  }

  private mayRemind(item: ReminderTarget, caller: Caller): boolean {
    const { userId, orgPath, roles } = caller.principal;
    if (item.submitter_user_id === userId) return true;
    return item.submitter_path !== null && roles.some((r) => unionCadreRoles.includes(r as never)) && isStrictDescendant(item.submitter_path, orgPath);
  }
}
