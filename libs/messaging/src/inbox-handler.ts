import { EntityManager } from 'typeorm';
import { EventContract, EventEnvelope } from '@lc/contracts';

/**
 * What the inbox calls for one event type and version. `handle` runs inside the transaction that
 * records the event in the inbox: its writes and the "handled" mark commit together, so a redelivery
 * has no second effect. Services do not write these: they declare `@InboxEvent` handlers, which the
 * platform's inbox transport turns into these.
 */
export interface InboxHandler<P = unknown> {
  readonly contract: EventContract<P>;
  handle(event: EventEnvelope<P>, tx: EntityManager): Promise<void>;
}
