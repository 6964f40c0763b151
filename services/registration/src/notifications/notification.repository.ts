import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { OutboundNotification } from './notification-channel';
import { NOTIFICATION_COLUMNS, NotificationDto } from './notification.response.dto';

/** The rows of one source's notifications, one per user. */
export interface NotificationRows {
  userIds: readonly string[];
  kind: string;
  sourceKey: string;
  workflowId: string;
  service: string;
  itemKind: string;
  itemId: string;
  title: string;
  text: string;
  at: string | Date;
}

/** The notifications (通知): every statement on `notifications` but the lists (NotificationQueries). */
@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes one notification per user, once per source and user; answers the ids of those written now. */
  async addOncePerSource(tx: EntityManager, n: NotificationRows): Promise<string[]> {
    const inserted: { id: string }[] = await tx.query(
      `INSERT INTO notifications (id, user_id, kind, source_key, workflow_id, service, item_kind, item_id, title, text, created_at)
       SELECT id, u, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM unnest($1::uuid[], $2::text[]) AS n(id, u)
       ON CONFLICT (source_key, user_id) DO NOTHING RETURNING id`,
      [n.userIds.map(() => randomUUID()), n.userIds, n.kind, n.sourceKey, n.workflowId, n.service, n.itemKind, n.itemId, n.title, n.text, n.at],
    );
    return inserted.map((r) => r.id);
  }

  /** Claims those of the notifications not sent out yet (sent_out_at), so that each goes out once. */
  async claimForSending(ids: string[]): Promise<OutboundNotification[]> {
    // An UPDATE … RETURNING answers [rows, count].
    const [claimed]: [OutboundNotification[], number] = await this.dataSource.query(
      `UPDATE notifications SET sent_out_at = now() WHERE id = ANY($1::uuid[]) AND sent_out_at IS NULL
       RETURNING id, user_id AS "userId", kind, text`,
      [ids],
    );
    return claimed;
  }

  /** Marks every unread notification of the user read; answers how many. */
  async markAllRead(userId: string): Promise<number> {
    // An UPDATE answers [rows, count].
    const [, marked]: [unknown[], number] = await this.dataSource.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return marked;
  }

  /** Marks the user's notification read (once: the first reading stays); undefined when the user has no such notification. */
  async markRead(id: string, userId: string): Promise<NotificationDto | undefined> {
    const [[row]]: [NotificationDto[], number] = await this.dataSource.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING ${NOTIFICATION_COLUMNS}`,
      [id, userId],
    );
    return row;
  }
}
