import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { isStrictDescendant, unionCadreRoles } from '@lc/org';
import { AccessDenialRecorder, AuditedCommand, Caller } from '@lc/platform';
import { Notifier } from '../../../notifications/notifier';
import { NothingToRemind, ReminderRefused } from '../../approval-centre.errors';
import { ApprovalReminderRepository, ReminderTarget } from '../../approval-reminder.repository';

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
    private readonly reminders: ApprovalReminderRepository,
    private readonly commands: AuditedCommand,
    private readonly notifications: Notifier,
    private readonly denials: AccessDenialRecorder,
  ) {}

  async remind(workflowId: string, caller: Caller): Promise<ReminderSent> {
    const item = await this.reminders.target(workflowId);
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
      return await this.commands.run(caller, async ({ tx, audit }) => {
        await this.reminders.insert(tx, { id: reminderId, workflowId, stepId, sentBy: caller.principal.userId, sentAt });
        const remindedUserIds = await this.reminders.approversWaiting(tx, workflowId);
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
        await audit({
          action: 'approval.reminder-sent',
          entity: { type: item.item_kind, id: item.item_id, orgUnitId: item.submitter_unit_id, orgPath: item.submitter_path },
          after: { workflowId, stepId, service: item.service, reminded: remindedUserIds },
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
