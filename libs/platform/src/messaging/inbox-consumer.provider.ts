import { Provider, Type } from '@nestjs/common';
import { EventHandler } from '@lc/messaging';
import { MessagingHost } from './messaging-host.service';

/**
 * A provider that registers an inbox consumer named `name` with the given handler classes, which
 * are themselves providers of the service's module (so they get its repositories and clients).
 */
export function inboxConsumerProvider(name: string, handlers: Type<EventHandler>[]): Provider {
  return {
    provide: `inbox-consumer:${name}`,
    inject: [MessagingHost, ...handlers],
    useFactory: (host: MessagingHost, ...instances: EventHandler[]) => host.addConsumer(name, instances),
  };
}
