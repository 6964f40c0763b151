import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApprovalTransitionedV1, approvalTransitionedV1, EventEnvelope } from '@lc/contracts';
import { InboxContext, InboxEvent } from '@lc/platform';
import { NotificationKind } from './notification-texts';
import { Notifier } from './notifier';

/** Which notification a transition gives, and to whom; signatures of a countersign and withdrawals give none. */
function recipientsOf(e: ApprovalTransitionedV1): { kind: NotificationKind; userIds: string[] } | null {
  switch (e.kind) {
    case 'submitted':
    case 'step-approved':
    case 'resubmitted':
      return { kind: 'to-decide', userIds: e.waitingFor };
    case 'returned':
      return { kind: 'returned', userIds: e.waitingFor };
    case 'approved':
    case 'rejected':
      return { kind: 'outcome', userIds: e.notify };
    case 'escalated':
      return { kind: 'escalation', userIds: e.notify };
    case 'reminded':
      return { kind: 'reminder', userIds: e.notify };
    default:
      return null;
  }
}

/** Notifications (通知) of every service's approval chains, from their approval.transitioned events. */
@Controller()
export class ApprovalNotificationsHandler {
  constructor(private readonly notifications: Notifier) {}

  @InboxEvent(approvalTransitionedV1, { consumer: 'notifications' })
  async handle(@Payload() { producer, occurredAt, payload: e }: EventEnvelope<ApprovalTransitionedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    const recipients = recipientsOf(e);
    if (!recipients) return;
    await this.notifications.add(tx, {
      ...recipients,
      // The transition, however often it is published: its seq, and its time (a chain started again
      // under the same workflow id counts seq anew).
      sourceKey: `approval:${e.workflowId}:${e.seq}@${occurredAt}`,
      workflowId: e.workflowId,
      service: producer,
      itemKind: e.itemKind,
      itemId: e.itemId,
      subject: { title: e.title, stepTitle: e.stepTitle ?? null, status: e.status },
      at: occurredAt,
    });
  }
}
