import { Inject, Injectable } from '@nestjs/common';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import { contractKey } from '@lc/contracts';
import { InboxHandler } from '@lc/messaging';
import { INBOX_TRANSPORT, InboxContext, InboxEventExtras } from './inbox-event.decorator';
import { MessagingHost } from './messaging-host.service';
import { SERVICE_NAME } from './messaging.tokens';

/**
 * The Nest transport of the service's Kafka consumers. Nest gives it the `@InboxEvent` handlers of
 * every controller; it groups them by consumer group and hands each group to the MessagingHost as one
 * inbox consumer, which keeps its exactly-once, chunking, retry and dead-letter behaviour.
 *
 * A handler is called by the inbox inside the transaction that records the event, and awaited: what
 * it throws (or the observable it returns fails with) reaches the inbox, which retries or
 * dead-letters the event. Handlers of the same event in different groups are kept apart (Nest would
 * chain them under one pattern and call them all together).
 */
@Injectable()
export class InboxTransport extends Server implements CustomTransportStrategy {
  override readonly transportId = INBOX_TRANSPORT;
  /** Consumer group → contract key → handler. */
  private readonly groups = new Map<string, Map<string, InboxHandler>>();

  constructor(
    private readonly host: MessagingHost,
    @Inject(SERVICE_NAME) private readonly service: string,
  ) {
    super();
  }

  override addHandler(pattern: unknown, callback: MessageHandler, isEventHandler = false, extras: Record<string, unknown> = {}): void {
    const { consumer, contract } = extras as Partial<InboxEventExtras>;
    if (!isEventHandler || !consumer || !contract) {
      throw new Error(`the inbox takes events declared with @InboxEvent (contract and consumer group); ${String(pattern)} is not one`);
    }
    const key = contractKey(contract.type, contract.version);
    const group = this.groups.get(consumer) ?? new Map<string, InboxHandler>();
    if (group.has(key)) throw new Error(`consumer group ${consumer} has two handlers of ${key}`);
    group.set(key, {
      contract,
      handle: async (event, tx) => {
        const result: unknown = await callback(event, new InboxContext(tx));
        if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
      },
    });
    this.groups.set(consumer, group);
  }

  /** Declares one inbox consumer per group; the MessagingHost starts them once the topics exist. */
  listen(callback: (err?: unknown) => void): void {
    try {
      for (const [consumer, handlers] of this.groups) this.host.addConsumer(`${this.service}.${consumer}`, [...handlers.values()]);
    } catch (err) {
      callback(err);
      return;
    }
    callback();
  }

  /** The consumers finish the chunk in hand and leave their groups (already done on an orderly shutdown). */
  async close(): Promise<void> {
    await this.host.stopConsumers();
  }

  on(): never {
    throw new Error('the inbox transport has no events to listen to');
  }

  unwrap<T>(): T {
    return this.host as T;
  }
}
