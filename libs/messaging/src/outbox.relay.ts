import { DataSource } from 'typeorm';
import { Kafka, Message, Producer, TopicMessages } from 'kafkajs';
import type { Pool, PoolClient } from 'pg';
import { backoffDelay, BackoffPolicy, defaultBackoff } from './backoff';
import { errorMessage, MessagingLogger } from './logger';
import { keyPartitioner } from './kafka';
import { OUTBOX_NOTIFY_CHANNEL } from './outbox.publisher';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  kafka: Kafka;
  logger: MessagingLogger;
  batchSize?: number;
  /** Upper bound on the wait between two looks at the outbox when no NOTIFY arrives. */
  pollIntervalMs?: number;
  backoff?: BackoffPolicy;
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

/**
 * Publishes outbox rows to Kafka in commit order and marks them sent.
 *
 * Order: one relay per schema at a time (a transaction-scoped advisory lock), rows read oldest first,
 * keyed by aggregate id, and the idempotent producer with one request in flight. A batch is marked
 * sent only after Kafka acknowledged all of it; after a failure the same rows are sent again, so
 * delivery is at-least-once and consumers deduplicate by event id (the inbox).
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly backoff: BackoffPolicy;
  private producer?: Producer;
  private producerConnected = false;
  private listener?: PoolClient;
  private wake?: () => void;
  /** A NOTIFY that arrived while a batch was being sent: look again at once instead of idling. */
  private notifiedWhileBusy = false;
  private loop?: Promise<void>;
  private stopped = true;
  private consecutiveFailures = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 1000;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.backoff = options.backoff ?? defaultBackoff;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    await this.unlisten();
    if (this.producer && this.producerConnected) await this.producer.disconnect();
    this.producerConnected = false;
  }

  private async run(): Promise<void> {
    await this.listen();
    while (!this.stopped) {
      let sent = 0;
      try {
        sent = await this.relayBatch();
        if (this.consecutiveFailures > 0) this.options.logger.info({ component: 'outbox-relay' }, 'outbox relay recovered');
        this.consecutiveFailures = 0;
      } catch (err) {
        this.consecutiveFailures += 1;
        const delay = backoffDelay(this.consecutiveFailures, this.backoff);
        this.options.logger.warn(
          { component: 'outbox-relay', err: errorMessage(err), failures: this.consecutiveFailures, retryInMs: delay },
          'outbox relay failed; will retry',
        );
        await this.recordFailure(err);
        await this.idle(delay);
        continue;
      }
      // A full batch means more is waiting: go again at once.
      if (sent < this.batchSize) await this.idle(this.pollIntervalMs);
    }
  }

  private async relayBatch(): Promise<number> {
    return this.options.dataSource.transaction(async (tx) => {
      const [{ locked }] = await tx.query(
        `SELECT pg_try_advisory_xact_lock(hashtext('outbox-relay'), hashtext(current_schema())) AS locked`,
      );
      if (!locked) return 0; // another relay of this service holds the outbox
      const rows: OutboxRow[] = await tx.query(
        `SELECT seq, topic, message_key, event_id, event_type, envelope::text AS value,
                envelope->>'version' AS version, envelope->>'correlationId' AS correlation_id,
                envelope->>'producer' AS producer
           FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT $1`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      const producer = await this.connectedProducer();
      await producer.sendBatch({ acks: -1, topicMessages: groupByTopic(rows) });
      await tx.query(`UPDATE outbox SET sent_at = clock_timestamp() WHERE seq = ANY($1::bigint[])`, [
        rows.map((r) => r.seq),
      ]);
      return rows.length;
    });
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
    try {
      await this.options.dataSource.query(
        `UPDATE outbox SET attempts = attempts + 1, last_error = $1
          WHERE seq = (SELECT min(seq) FROM outbox WHERE sent_at IS NULL)`,
        [errorMessage(err).slice(0, 2000)],
      );
    } catch {
      // The database may be the thing that failed; the log line above already tells.
    }
  }

  private idle(ms: number): Promise<void> {
    if (this.notifiedWhileBusy) {
      this.notifiedWhileBusy = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  /** LISTEN for commits of new outbox rows so that events leave within milliseconds, not a poll interval. */
  private async listen(): Promise<void> {
    try {
      const pool = (this.options.dataSource.driver as unknown as { master: Pool }).master;
      const client = await pool.connect();
      const schema: string = (await client.query(`SELECT current_schema() AS s`)).rows[0].s;
      client.on('notification', (n) => {
        if (n.channel !== OUTBOX_NOTIFY_CHANNEL || n.payload !== schema) return;
        if (this.wake) this.wake();
        else this.notifiedWhileBusy = true;
      });
      client.on('error', () => this.unlisten());
      await client.query(`LISTEN ${OUTBOX_NOTIFY_CHANNEL}`);
      this.listener = client;
    } catch (err) {
      this.options.logger.warn({ component: 'outbox-relay', err: errorMessage(err) }, 'LISTEN failed; polling only');
    }
  }

  private async unlisten(): Promise<void> {
    const client = this.listener;
    this.listener = undefined;
    if (!client) return;
    try {
      await client.query(`UNLISTEN ${OUTBOX_NOTIFY_CHANNEL}`);
    } catch {
      // connection already gone
    } finally {
      client.release(true);
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

