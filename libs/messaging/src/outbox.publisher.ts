import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { EventContract, EventEnvelope } from '@lc/contracts';
import { CommitDoorbell, insertForRelay } from './commit-doorbell';
import { physicalTopic } from './kafka';
import { InsertPart, OneStatement } from './one-statement';

export interface PublishOptions<P> {
  aggregateId: string;
  payload: P;
  correlationId: string;
  orgUnitId: string | null;
  /** Defaults to now; set it when the event describes an earlier moment. */
  occurredAt?: Date;
  /**
   * Kafka message key, the aggregateId when not given. Events with one key stay in order; give a
   * shared key to events of different aggregates whose relative order matters (units of one tree).
   */
  partitionKey?: string;
}

/** The channel the relay listens on; a NOTIFY is delivered only when the writing transaction commits. */
export const OUTBOX_NOTIFY_CHANNEL = 'outbox_written';

/**
 * Writes events into the outbox inside the caller's transaction, so that the change and its event
 * are committed together or not at all. The relay publishes them afterwards.
 */
export class OutboxPublisher {
  constructor(
    private readonly producerName: string,
    private readonly topicPrefix = '',
    /** Wakes this process's relay after commit instead of a NOTIFY, while that relay leads. */
    private readonly doorbell?: CommitDoorbell,
  ) {}

  async publish<P>(tx: EntityManager, contract: EventContract<P>, options: PublishOptions<P>): Promise<EventEnvelope<P>> {
    const [envelope] = await this.publishMany(tx, contract, [options]);
    return envelope;
  }

  /** Several events of one contract in one statement, e.g. for a bulk import. */
  async publishMany<P>(tx: EntityManager, contract: EventContract<P>, events: PublishOptions<P>[]): Promise<EventEnvelope<P>[]> {
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error(`outbox: ${contract.type} must be published inside a transaction`);
    }
    if (events.length === 0) return [];
    const { envelopes, insert } = this.rowsOf(contract, events);
    await insertForRelay(tx, insert, OUTBOX_NOTIFY_CHANNEL, this.doorbell);
    return envelopes;
  }

  /** The events, written with the rest of a change made of inserts only, in its one statement. */
  addTo<P>(statement: OneStatement, contract: EventContract<P>, events: PublishOptions<P>[]): EventEnvelope<P>[] {
    if (events.length === 0) return [];
    const { envelopes, insert } = this.rowsOf(contract, events);
    statement.add(insert);
    if (!this.doorbell?.ringAfter(statement)) statement.notifyOnCommit(OUTBOX_NOTIFY_CHANNEL);
    return envelopes;
  }

  private rowsOf<P>(contract: EventContract<P>, events: PublishOptions<P>[]): { envelopes: EventEnvelope<P>[]; insert: InsertPart } {
    // Validate at the producing end too: a bad event is a bug here, not a poison pill downstream.
    const envelopes: EventEnvelope<P>[] = events.map((options) => ({
      eventId: randomUUID(),
      type: contract.type,
      version: contract.version,
      occurredAt: (options.occurredAt ?? new Date()).toISOString(),
      producer: this.producerName,
      correlationId: options.correlationId,
      orgUnitId: options.orgUnitId,
      aggregateId: options.aggregateId,
      payload: contract.payload.parse(options.payload),
    }));
    const insert = {
      sql: `INSERT INTO outbox (event_id, topic, message_key, event_type, envelope)
         SELECT e.id, $1, e.key, $2, e.envelope
           FROM unnest($3::uuid[], $4::text[], $5::jsonb[]) WITH ORDINALITY AS e(id, key, envelope, n)
          ORDER BY e.n`,
      params: [
        physicalTopic(contract.topic, this.topicPrefix),
        contract.type,
        envelopes.map((e) => e.eventId),
        events.map((e, i) => e.partitionKey ?? envelopes[i].aggregateId),
        envelopes.map((e) => JSON.stringify(e)),
      ],
    };
    return { envelopes, insert };
  }
}
