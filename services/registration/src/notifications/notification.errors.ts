import { NotFound } from '@lc/platform';

export class NotificationNotFound extends NotFound {
  readonly code = 'notification-not-found';
  constructor(id: string) {
    super({ en: `id: there is no notification '${id}' of yours`, zh: '没有这条您的通知', field: 'id' });
  }
}
