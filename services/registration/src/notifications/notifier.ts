import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { EntityManager } from 'typeorm';
import { errorMessage } from '@lc/messaging';
import { afterTransaction } from '@lc/platform';
import { NotificationChannel } from './notification-channel';
import { NotificationRepository } from './notification.repository';
import { NotificationKind, notificationText, NotificationSubject } from './notification-texts';

export interface NewNotifications {
  kind: NotificationKind;
  userIds: readonly string[];
  /** What gives them (an event, a reminder): a user gets one notification per source. */
  sourceKey: string;
  workflowId: string;
  service: string;
  itemKind: string;
  itemId: string;
  subject: NotificationSubject;
  at: string | Date;
}

/** Kinds that ask a person to act, and so also go out by SMS or WeChat. */
const SENT_OUT: readonly NotificationKind[] = ['to-decide', 'reminder'];

/**
 * Gives notifications, written by the repository in the caller's transaction, once per source and user, and hands those that go
 * out to the channels once it has committed: they are read back by id then, so a rolled-back
 * transaction sends nothing, and each is claimed (sent_out_at) before it is sent, so never twice.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly channel: NotificationChannel,
    private readonly logger: PinoLogger,
  ) {}

  async add(tx: EntityManager, n: NewNotifications): Promise<void> {
    const userIds = [...new Set(n.userIds)];
    if (userIds.length === 0) return;
    const { subject, ...rest } = n;
    const ids = await this.notifications.addOncePerSource(tx, { ...rest, userIds, title: subject.title, text: notificationText(n.kind, subject) });
    if (ids.length > 0 && SENT_OUT.includes(n.kind)) {
      await afterTransaction(() => this.sendOut(ids));
    }
  }

  private async sendOut(ids: string[]): Promise<void> {
    const claimed = await this.notifications.claimForSending(ids);
    for (const notification of claimed) {
      await this.channel.send(notification).catch((err: unknown) => this.logger.warn({ notificationId: notification.id, err: errorMessage(err) }, 'sending a notification out failed'));
    }
  }
}
