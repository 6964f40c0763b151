import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import type { NotificationKind } from './notification-texts';

/** A notification as an outbound channel sends it. */
export interface OutboundNotification {
  id: string;
  userId: string;
  kind: NotificationKind;
  text: string;
}

/**
 * An outbound channel (SMS, WeChat). Called after the notification's transaction committed, never
 * inside it, and only for what asks a person to act (to decide, a reminder).
 */
export abstract class NotificationChannel {
  abstract send(notification: OutboundNotification): Promise<void>;
}

/** Until a gateway is contracted: the channel writes what it would send to the service's log. */
@Injectable()
export class LoggingNotificationChannel extends NotificationChannel {
  constructor(private readonly logger: PinoLogger) {
    super();
    logger.setContext('NotificationChannel');
  }

  async send(notification: OutboundNotification): Promise<void> {
    this.logger.info({ notificationId: notification.id, userId: notification.userId, kind: notification.kind, text: notification.text }, 'notification sent out');
  }
}
