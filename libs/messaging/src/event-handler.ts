import { EntityManager } from 'typeorm';
import { EventContract, EventEnvelope } from '@lc/contracts';

/**
 * Handles one event type and version. `handle` runs inside the transaction that records the event in
 * the inbox: its writes and the "handled" mark commit together, so a redelivery has no second effect.
 */
export interface EventHandler<P = unknown> {
  readonly contract: EventContract<P>;
  handle(event: EventEnvelope<P>, tx: EntityManager): Promise<void>;
}
