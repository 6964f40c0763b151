import { DataSource } from 'typeorm';
import { Consumer, EachBatchPayload, IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { contractKey, deadLetterTopicOf } from '@lc/contracts';
import { backoffDelay, BackoffPolicy, sleep } from './backoff';
import { InboxHandler } from './inbox-handler';
import { keyPartitioner, physicalTopic } from './kafka';
import { errorMessage, MessagingLogger } from './logger';
import { decodeMessage, DecodedMessage } from './message-decoder';
import { isTransientError } from './transient-error';

export interface InboxConsumerOptions {
  /** Names the consumer group and the inbox records; one name per reason to consume. */
  name: string;
  kafka: Kafka;
  dataSource: DataSource;
  handlers: readonly InboxHandler[];
  logger: MessagingLogger;
  topicPrefix?: string;
  /** Attempts at one failing event before it is dead-lettered. */
  maxAttempts?: number;
  retryBackoff?: BackoffPolicy;
  /** Messages handled in one database transaction on the fast path. */
  chunkSize?: number;
  /** Partitions handled at once, each in its own transactions; order within a partition is kept. */
  partitionsConcurrently?: number;
  /**
   * How long the group waits for a member that stopped heartbeating (a killed process) before giving
   * its partitions to the others, and thus how long a restarted instance may wait to join. The broker
   * allows 6 s at least.
   */
  sessionTimeoutMs?: number;
}

/** The consumer as the health report sees it. */
export type InboxConsumerState = 'stopped' | 'starting' | 'running' | 'crashed';

/** Thrown inside a batch when the consumer is stopping: the batch ends without committing what is left. */
class ConsumerStopping extends Error {
  constructor() {
    super('the consumer is stopping');
  }
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
 *
 * Only an event that fails on its own merits is dead-lettered. A failure of the infrastructure (the
 * database unreachable, paused or timing out, the pool closing) is retried for as long as it takes,
 * and a consumer that is stopping leaves its unfinished messages uncommitted for the next owner of the
 * partition: a shutdown or an outage never puts an event in the dead-letter topic.
 */
export class InboxConsumer {
  private readonly handlers: Map<string, InboxHandler>;
  private readonly maxAttempts: number;
  private readonly retryBackoff: BackoffPolicy;
  private readonly chunkSize: number;
  private consumer?: Consumer;
  private deadLetterProducer?: Producer;
  private stopping = false;
  private currentState: InboxConsumerState = 'stopped';

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

  /** 'running' once it has joined its group (its partitions are being read), until it stops or crashes. */
  get state(): InboxConsumerState {
    return this.currentState;
  }

  async start(): Promise<void> {
    const { kafka } = this.options;
    this.stopping = false;
    this.currentState = 'starting';
    this.deadLetterProducer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: keyPartitioner });
    await this.deadLetterProducer.connect();
    const sessionTimeout = this.options.sessionTimeoutMs ?? 10_000;
    const consumer = kafka.consumer({
      groupId: this.groupId,
      // The broker answers a fetch as soon as a message arrives; this is only how long an idle fetch
      // waits, so a longer wait costs no latency and saves an idle service its CPU.
      maxWaitTimeInMs: 1_000,
      allowAutoTopicCreation: true,
      sessionTimeout,
      heartbeatInterval: Math.max(500, Math.floor(sessionTimeout / 10)),
      // How long the group waits for every member to rejoin in a rebalance: a member in the middle of
      // a chunk rejoins when the chunk is done.
      rebalanceTimeout: 30_000,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => (this.currentState = 'running'));
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      // kafkajs restarts a consumer after a retriable crash by itself; otherwise it is down for good.
      this.currentState = payload.restart ? 'starting' : 'crashed';
      this.options.logger.error({ component: 'inbox', consumer: this.options.name, err: errorMessage(payload.error), restart: payload.restart }, 'consumer crashed');
    });
    consumer.on(consumer.events.STOP, () => {
      if (this.currentState !== 'crashed') this.currentState = this.stopping ? 'stopped' : 'starting';
    });
    await consumer.connect();
    await consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await consumer.run({
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConcurrently ?? 3,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  /**
   * Stops reading, lets the chunk in progress finish (or leaves it uncommitted when it is waiting on
   * the database), and leaves the group at once so that other instances take its partitions.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer?.disconnect();
    await this.deadLetterProducer?.disconnect();
    this.currentState = 'stopped';
  }

  private async handleBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload) {
    const active = () => isRunning() && !isStale() && !this.stopping;
    for (let start = 0; start < batch.messages.length; start += this.chunkSize) {
      if (!active()) return;
      const chunk = batch.messages.slice(start, start + this.chunkSize);
      const received = chunk.map((message) => ({ message, decoded: decodeMessage(message.value, this.handlers, message.headers) }));
      try {
        await this.handleChunk(batch.topic, batch.partition, received, heartbeat, active);
      } catch (err) {
        if (err instanceof ConsumerStopping) return;
        throw err;
      }
      resolveOffset(chunk[chunk.length - 1].offset);
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
  }

  private async handleChunk(topic: string, partition: number, received: Received[], heartbeat: () => Promise<void>, active: () => boolean) {
    try {
      await this.handleInOneTransaction(topic, partition, received);
    } catch (err) {
      if (!active()) throw new ConsumerStopping();
      this.options.logger.warn(
        { component: 'inbox', consumer: this.options.name, topic, partition, err: errorMessage(err) },
        'chunk failed; handling its messages one at a time',
      );
      for (const item of received) {
        if (item.decoded.kind === 'event') await this.handleWithRetries(topic, partition, item, heartbeat, active);
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

  /**
   * One event until it goes through. Failures of its own count towards maxAttempts and then the
   * dead-letter topic; failures of the infrastructure are retried (with a longer backoff) as long as
   * the consumer runs.
   */
  private async handleWithRetries(topic: string, partition: number, item: Received, heartbeat: () => Promise<void>, active: () => boolean) {
    let ownFailures = 0;
    let outageFailures = 0;
    for (;;) {
      try {
        await this.handleInOneTransaction(topic, partition, [item]);
        return;
      } catch (err) {
        if (!active()) throw new ConsumerStopping();
        if (isTransientError(err)) {
          outageFailures += 1;
          if (outageFailures === 1 || outageFailures % 20 === 0) {
            this.options.logger.warn(
              { component: 'inbox', consumer: this.options.name, topic, partition, offset: item.message.offset, err: errorMessage(err), attempts: outageFailures },
              'event waits for the infrastructure; retrying',
            );
          }
          await sleep(backoffDelay(outageFailures, OUTAGE_BACKOFF));
        } else {
          ownFailures += 1;
          if (ownFailures >= this.maxAttempts) {
            await this.deadLetter(topic, partition, item.message, errorMessage(err), ownFailures);
            return;
          }
          await sleep(backoffDelay(ownFailures, this.retryBackoff));
        }
        if (!active()) throw new ConsumerStopping();
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

/** Waiting for the database to come back: up to 5 s between tries. */
const OUTAGE_BACKOFF: BackoffPolicy = { initialMs: 200, maxMs: 5_000, jitter: 0.2 };

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
