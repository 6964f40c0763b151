import { Module } from '@nestjs/common';
import { ApprovalNotificationsHandler } from './approval-notifications.handler';
import { MarkNotificationsReadHttpController } from './commands/mark-read/mark-notifications-read.http.controller';
import { LoggingNotificationChannel, NotificationChannel } from './notification-channel';
import { NotificationRepository } from './notification.repository';
import { NotificationQueries } from './notifications.queries';
import { Notifier } from './notifier';
import { ListNotificationsHttpController } from './queries/list-notifications/list-notifications.http.controller';

/** Notifications (通知) of approval chains, each user their own, and the outbound channel they go out by. */
@Module({
  controllers: [ListNotificationsHttpController, MarkNotificationsReadHttpController, ApprovalNotificationsHandler],
  providers: [
    { provide: NotificationChannel, useClass: LoggingNotificationChannel },
    NotificationRepository,
    NotificationQueries,
    Notifier,
  ],
  exports: [Notifier],
})
export class NotificationsModule {}
