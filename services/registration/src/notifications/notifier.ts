import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { errorMessage } from '@lc/messaging';
import { afterTransaction } from '@lc/platform';
import { NotificationChannel, OutboundNotification } from './notification-channel';
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
 * Writes notifications in the caller's transaction, once per source and user, and hands those that go
 * out to the channels once it has committed: they are read back by id then, so a rolled-back
 * transaction sends nothing, and each is claimed (sent_out_at) before it is sent, so never twice.
 */
@Injectable()
export class NotificationWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly channel: NotificationChannel,
    private readonly logger: PinoLogger,
  ) {}

  async add(tx: EntityManager, n: NewNotifications): Promise<void> {
    const users = [...new Set(n.userIds)];
    if (users.length === 0) return;
    const inserted: { id: string }[] = await tx.query(
      `INSERT INTO notifications (id, user_id, kind, source_key, workflow_id, service, item_kind, item_id, title, text, created_at)
       SELECT id, u, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM unnest($1::uuid[], $2::text[]) AS n(id, u)
       ON CONFLICT (source_key, user_id) DO NOTHING RETURNING id`,
      [users.map(() => randomUUID()), users, n.kind, n.sourceKey, n.workflowId, n.service, n.itemKind, n.itemId, n.subject.title, notificationText(n.kind, n.subject), n.at],
    );
    if (inserted.length > 0 && SENT_OUT.includes(n.kind)) {
      const ids = inserted.map((r) => r.id);
      await afterTransaction(() => this.sendOut(ids));
    }
  }

  private async sendOut(ids: string[]): Promise<void> {
    // An UPDATE … RETURNING answers [rows, count].
    const [claimed]: [OutboundNotification[], number] = await this.dataSource.query(
      `UPDATE notifications SET sent_out_at = now() WHERE id = ANY($1::uuid[]) AND sent_out_at IS NULL
       RETURNING id, user_id AS "userId", kind, text`,
      [ids],
    );
    for (const notification of claimed) {
      await this.channel.send(notification).catch((err: unknown) => this.logger.warn({ notificationId: notification.id, err: errorMessage(err) }, 'sending a notification out failed'));
    }
  }
}
