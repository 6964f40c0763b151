import { DataSource } from 'typeorm';
import { Kafka, Message, Producer, TopicMessages } from 'kafkajs';
import { BackoffPolicy } from './backoff';
import { CommitDoorbell } from './commit-doorbell';
import { DedicatedConnection } from './dedicated-connection';
import { keyPartitioner } from './kafka';
import { errorMessage, MessagingLogger } from './logger';
import { OUTBOX_NOTIFY_CHANNEL } from './outbox.publisher';
import { WorkLoop, WorkLoopStatus } from './work-loop';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  kafka: Kafka;
  logger: MessagingLogger;
  /** Shown in pg_stat_activity for the relay's own connection. */
  name?: string;
  batchSize?: number;
  /** Upper bound on the wait between two looks at the outbox when no NOTIFY arrives. */
  pollIntervalMs?: number;
  /** After a NOTIFY, how long to let more commits arrive before reading (10 ms). */
  gatherMs?: number;
  backoff?: BackoffPolicy;
  /** The doorbell this process's publishers ring: the relay answers it while it leads. */
  doorbell?: CommitDoorbell;
}

interface OutboxRow {
  seq: string;
  topic: string;
  message_key: string;
  event_id: string;
  event_type: string;
  /** The envelope as JSON text, read as text so it is not parsed and re-serialised on the way. */
  value: string;
  version: string;
  correlation_id: string;
  producer: string;
}

const LEADER_LOCK = 'outbox-relay';

/**
 * Publishes outbox rows to Kafka in commit order and marks them sent.
 *
 * One relay per schema works at a time: it holds a session lock on a connection of its own (the
 * others stand by and take over when that connection ends). No transaction is open while it waits on
 * Kafka: it reads a batch, sends it, then marks it sent, each statement on its own. Rows are read
 * oldest first, keyed by aggregate id, through the idempotent producer with one request in flight. A
 * batch is marked sent only after Kafka acknowledged all of it; after a failure the same rows are sent
 * again, so delivery is at-least-once and consumers deduplicate by event id (the inbox).
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly connection: DedicatedConnection;
  private readonly loop: WorkLoop;
  private producer?: Producer;
  private producerConnected = false;
  private schema?: string;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 1000;
    this.connection = DedicatedConnection.of(options.dataSource, options.name ?? 'outbox-relay');
    this.connection.listen(OUTBOX_NOTIFY_CHANNEL, (schema) => {
      // Services share a database but not a schema: the payload says whose outbox has work.
      if (schema === this.schema) this.loop.wake();
    });
    this.loop = new WorkLoop({
      name: 'outbox-relay',
      logger: options.logger,
      // A commit wakes it (in process, or by NOTIFY from another); the poll is only the fallback.
      pollIntervalMs: options.pollIntervalMs ?? 1_000,
      // Under load a commit comes every few milliseconds: gathering them for a moment sends one batch
      // (one read, one send, one update) for many events, at the price of that moment's latency.
      gatherMs: options.gatherMs ?? 10,
      backoff: options.backoff,
      round: () => this.round(),
    });
    options.doorbell?.answerWith({ leading: () => this.connection.holds(LEADER_LOCK), wake: () => this.loop.wake() });
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    this.options.doorbell?.answerWith(undefined);
    await this.loop.stop();
    await this.connection.close();
    if (this.producer && this.producerConnected) await this.producer.disconnect().catch(() => undefined);
    this.producerConnected = false;
  }

  status(): WorkLoopStatus & { leading: boolean } {
    return { ...this.loop.status(), leading: this.connection.holds(LEADER_LOCK) };
  }

  private async round(): Promise<'more' | 'idle'> {
    try {
      this.schema ??= (await this.connection.query<{ s: string }>(`SELECT current_schema() AS s`))[0].s;
      // Standing by: look again at the poll interval whether the leader is gone.
      if (!(await this.connection.tryLock(LEADER_LOCK))) return 'idle';
      const sent = await this.relayBatch();
      return sent === this.batchSize ? 'more' : 'idle';
    } catch (err) {
      await this.recordFailure(err);
      throw err;
    }
  }

  private async relayBatch(): Promise<number> {
    const rows = await this.connection.query<OutboxRow>(
      `SELECT seq, topic, message_key, event_id, event_type, envelope::text AS value,
              envelope->>'version' AS version, envelope->>'correlationId' AS correlation_id,
              envelope->>'producer' AS producer
         FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT $1`,
      [this.batchSize],
    );
    if (rows.length === 0) return 0;
    const producer = await this.connectedProducer();
    await producer.sendBatch({ acks: -1, topicMessages: groupByTopic(rows) });
    await this.connection.query(`UPDATE outbox SET sent_at = clock_timestamp() WHERE seq = ANY($1::bigint[])`, [rows.map((r) => r.seq)]);
    return rows.length;
  }

  private async connectedProducer(): Promise<Producer> {
    if (!this.producer) {
      this.producer = this.options.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: true,
        createPartitioner: keyPartitioner,
        retry: { retries: 3, initialRetryTime: 100 },
      });
      this.producer.on(this.producer.events.DISCONNECT, () => (this.producerConnected = false));
    }
    if (!this.producerConnected) {
      await this.producer.connect();
      this.producerConnected = true;
    }
    return this.producer;
  }

  private async recordFailure(err: unknown): Promise<void> {
    if (!this.connection.holds(LEADER_LOCK)) return;
    try {
      await this.connection.query(
        `UPDATE outbox SET attempts = attempts + 1, last_error = $1
          WHERE seq = (SELECT min(seq) FROM outbox WHERE sent_at IS NULL)`,
        [errorMessage(err).slice(0, 2000)],
      );
    } catch {
      // The database may be the thing that failed; the loop's log line tells.
      await this.connection.close();
    }
  }
}

function groupByTopic(rows: OutboxRow[]): TopicMessages[] {
  const byTopic = new Map<string, Message[]>();
  for (const row of rows) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push({
      key: row.message_key,
      value: row.value,
      headers: {
        'event-id': row.event_id,
        'event-type': row.event_type,
        'event-version': row.version,
        'correlation-id': row.correlation_id,
        producer: row.producer,
      },
    });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
