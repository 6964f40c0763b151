import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NOTIFICATION_COLUMNS, NotificationDto, NotificationPageDto } from './notification.response.dto';

/** The notifications' list: read-only SQL. */
@Injectable()
export class NotificationQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A user's notifications, newest first, with how many there are and how many are unread. */
  async ofUser(userId: string, unreadOnly: boolean, page: { limit: number; offset: number }): Promise<NotificationPageDto> {
    const where = `user_id = $1${unreadOnly ? ' AND read_at IS NULL' : ''}`;
    const [[{ total }], [{ unread }], items] = await Promise.all([
      this.dataSource.query(`SELECT count(*)::int AS total FROM notifications WHERE ${where}`, [userId]) as Promise<{ total: number }[]>,
      this.dataSource.query(`SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [userId]) as Promise<{ unread: number }[]>,
      this.dataSource.query(`SELECT ${NOTIFICATION_COLUMNS} FROM notifications WHERE ${where} ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`, [
        userId,
        page.limit,
        page.offset,
      ]) as Promise<NotificationDto[]>,
    ]);
    return { items, total, unread };
  }
}
