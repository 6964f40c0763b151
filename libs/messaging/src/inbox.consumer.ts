import { DataSource } from 'typeorm';
import { Consumer, EachBatchPayload, IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { contractKey, deadLetterTopicOf } from '@lc/contracts';
import { backoffDelay, BackoffPolicy, sleep } from './backoff';
import { EventHandler } from './event-handler';
import { keyPartitioner, physicalTopic } from './kafka';
import { errorMessage, MessagingLogger } from './logger';
import { decodeMessage, DecodedMessage } from './message-decoder';

export interface InboxConsumerOptions {
  /** Names the consumer group and the inbox records; one name per reason to consume. */
  name: string;
  kafka: Kafka;
  dataSource: DataSource;
  handlers: readonly EventHandler[];
  logger: MessagingLogger;
  topicPrefix?: string;
  /** Attempts at one failing event before it is dead-lettered. */
  maxAttempts?: number;
  retryBackoff?: BackoffPolicy;
  /** Messages handled in one database transaction on the fast path. */
  chunkSize?: number;
  /** Partitions handled at once, each in its own transactions; order within a partition is kept. */
  partitionsConcurrently?: number;
}

interface Received {
  message: KafkaMessage;
  decoded: DecodedMessage;
}

/**
 * Idempotent consumer. Each event id is recorded in the inbox in the same transaction as its
 * handler's effect; a redelivered event finds its record and has no second effect.
 *
 * Fast path: a chunk of messages in one transaction. If that fails, the chunk is replayed one event
 * at a time with retries, and an event that still fails after maxAttempts goes to the dead-letter
 * topic with its error, so later events keep flowing.
 */
export class InboxConsumer {
  private readonly handlers: Map<string, EventHandler>;
  private readonly maxAttempts: number;
  private readonly retryBackoff: BackoffPolicy;
  private readonly chunkSize: number;
  private consumer?: Consumer;
  private deadLetterProducer?: Producer;

  constructor(private readonly options: InboxConsumerOptions) {
    this.handlers = new Map(options.handlers.map((h) => [contractKey(h.contract.type, h.contract.version), h]));
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryBackoff = options.retryBackoff ?? { initialMs: 100, maxMs: 5_000, jitter: 0.2 };
    this.chunkSize = options.chunkSize ?? 500;
  }

  get groupId(): string {
    return physicalTopic(this.options.name, this.options.topicPrefix);
  }

  get topics(): string[] {
    return [...new Set(this.options.handlers.map((h) => physicalTopic(h.contract.topic, this.options.topicPrefix)))];
  }

  async start(): Promise<void> {
    const { kafka } = this.options;
    this.deadLetterProducer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: keyPartitioner });
    await this.deadLetterProducer.connect();
    this.consumer = kafka.consumer({ groupId: this.groupId, maxWaitTimeInMs: 100, allowAutoTopicCreation: true });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await this.consumer.run({
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConcurrently ?? 3,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    await this.deadLetterProducer?.disconnect();
  }

  private async handleBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload) {
    for (let start = 0; start < batch.messages.length; start += this.chunkSize) {
      if (!isRunning() || isStale()) return;
      const chunk = batch.messages.slice(start, start + this.chunkSize);
      const received = chunk.map((message) => ({ message, decoded: decodeMessage(message.value, this.handlers) }));
      await this.handleChunk(batch.topic, batch.partition, received, heartbeat);
      resolveOffset(chunk[chunk.length - 1].offset);
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
  }

  private async handleChunk(topic: string, partition: number, received: Received[], heartbeat: () => Promise<void>) {
    try {
      await this.handleInOneTransaction(topic, partition, received);
    } catch (err) {
      this.options.logger.warn(
        { component: 'inbox', consumer: this.options.name, topic, partition, err: errorMessage(err) },
        'chunk failed; handling its messages one at a time',
      );
      for (const item of received) {
        if (item.decoded.kind === 'event') await this.handleWithRetries(topic, partition, item, heartbeat);
        else if (item.decoded.kind === 'poison') await this.deadLetter(topic, partition, item.message, item.decoded.reason, 1);
      }
      return;
    }
    // Dead letters in offset order, after the chunk's good events committed.
    for (const item of received) {
      if (item.decoded.kind === 'poison') await this.deadLetter(topic, partition, item.message, item.decoded.reason, 1);
    }
  }

  private async handleInOneTransaction(topic: string, partition: number, received: Received[]): Promise<void> {
    const events = uniqueEvents(received);
    if (events.length === 0) return;
    await this.options.dataSource.transaction(async (tx) => {
      const inserted: { event_id: string }[] = await tx.query(
        `INSERT INTO inbox (consumer, event_id, event_type, topic, partition, kafka_offset)
         SELECT $1, e.id, e.type, $2, $3, e.off
           FROM unnest($4::uuid[], $5::text[], $6::bigint[]) AS e(id, type, off)
         ON CONFLICT (consumer, event_id) DO NOTHING
         RETURNING event_id`,
        [
          this.options.name,
          topic,
          partition,
          events.map((e) => e.envelope.eventId),
          events.map((e) => e.envelope.type),
          events.map((e) => e.offset),
        ],
      );
      const fresh = new Set(inserted.map((r) => r.event_id));
      for (const event of events) {
        if (fresh.has(event.envelope.eventId)) await event.handler.handle(event.envelope, tx);
      }
    });
  }

  private async handleWithRetries(topic: string, partition: number, item: Received, heartbeat: () => Promise<void>) {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.handleInOneTransaction(topic, partition, [item]);
        return;
      } catch (err) {
        if (attempt >= this.maxAttempts) {
          await this.deadLetter(topic, partition, item.message, errorMessage(err), attempt);
          return;
        }
        await sleep(backoffDelay(attempt, this.retryBackoff));
        await heartbeat();
      }
    }
  }

  private async deadLetter(topic: string, partition: number, message: KafkaMessage, reason: string, attempts: number) {
    const logicalTopic = this.options.topicPrefix ? topic.slice(this.options.topicPrefix.length) : topic;
    const deadLetterTopic = physicalTopic(deadLetterTopicOf(logicalTopic), this.options.topicPrefix);
    const headers: IHeaders = {
      ...message.headers,
      'dlt-error': reason.slice(0, 4000),
      'dlt-consumer': this.options.name,
      'dlt-source-topic': topic,
      'dlt-source-partition': String(partition),
      'dlt-source-offset': message.offset,
      'dlt-attempts': String(attempts),
    };
    if (!this.deadLetterProducer) throw new Error('inbox consumer is not started');
    await this.deadLetterProducer.send({
      topic: deadLetterTopic,
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    });
    this.options.logger.error(
      { component: 'inbox', consumer: this.options.name, topic, partition, offset: message.offset, reason, attempts },
      'event dead-lettered',
    );
  }
}

/** The events of a chunk, first occurrence of each event id only (the relay may have sent one twice). */
function uniqueEvents(received: Received[]) {
  const seen = new Set<string>();
  const events = [];
  for (const { message, decoded } of received) {
    if (decoded.kind !== 'event' || seen.has(decoded.envelope.eventId)) continue;
    seen.add(decoded.envelope.eventId);
    events.push({ ...decoded, offset: message.offset });
  }
  return events;
}
