import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { EventContract, EventEnvelope } from '@lc/contracts';
import { physicalTopic } from './kafka';

export interface PublishOptions<P> {
  aggregateId: string;
  payload: P;
  correlationId: string;
  orgUnitId: string | null;
  /** Defaults to now; set it when the event describes an earlier moment. */
  occurredAt?: Date;
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
  ) {}

  async publish<P>(tx: EntityManager, contract: EventContract<P>, options: PublishOptions<P>): Promise<EventEnvelope<P>> {
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error(`outbox: ${contract.type} must be published inside a transaction`);
    }
    // Validate at the producing end too: a bad event is a bug here, not a poison pill downstream.
    const payload = contract.payload.parse(options.payload);
    const envelope: EventEnvelope<P> = {
      eventId: randomUUID(),
      type: contract.type,
      version: contract.version,
      occurredAt: (options.occurredAt ?? new Date()).toISOString(),
      producer: this.producerName,
      correlationId: options.correlationId,
      orgUnitId: options.orgUnitId,
      aggregateId: options.aggregateId,
      payload,
    };
    await tx.query(
      `INSERT INTO outbox (event_id, topic, message_key, event_type, envelope) VALUES ($1, $2, $3, $4, $5)`,
      [envelope.eventId, physicalTopic(contract.topic, this.topicPrefix), options.aggregateId, contract.type, envelope],
    );
    // Services share a database but not a schema: the payload says whose outbox has work.
    await tx.query(`SELECT pg_notify($1, current_schema())`, [OUTBOX_NOTIFY_CHANNEL]);
    return envelope;
  }
}
