import { Module } from '@nestjs/common';
import { ApprovalNotificationsHandler } from './approval-notifications.handler';
import { MarkNotificationsReadHttpController } from './commands/mark-read/mark-notifications-read.http.controller';
import { LoggingNotificationChannel, NotificationChannel } from './notification-channel';
import { NotificationWriter } from './notification-writer';
import { ListNotificationsHttpController } from './queries/list-notifications/list-notifications.http.controller';

/** Notifications (通知) of approval chains, each user their own, and the outbound channel they go out by. */
@Module({
  controllers: [ListNotificationsHttpController, MarkNotificationsReadHttpController, ApprovalNotificationsHandler],
  providers: [
    { provide: NotificationChannel, useClass: LoggingNotificationChannel },
    NotificationWriter,
  ],
  exports: [NotificationWriter],
})
export class NotificationsModule {}
