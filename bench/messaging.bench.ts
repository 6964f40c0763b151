/**
 * Messaging benchmark: events/s and latency from outbox insert to inbox commit, beside a raw kafkajs
 * produce→consume baseline of the same events measured in the same run on the same broker.
 *
 *   npm run bench:messaging              (50,000 events; BENCH_EVENTS=n to change)
 *
 * Starts the local infrastructure when DATABASE_URL etc. are not set. Prints its figures; asserts nothing.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { defineEvent } from '@lc/contracts';
import {
  createKafka,
  ensureTopics,
  InboxConsumer,
  MessagingTables1732300000000,
  OutboxPublisher,
  OutboxRelay,
  PublishOptions,
  silentLogger,
} from '@lc/messaging';
import { createTestDatabase, ensureInfrastructure, openTestDataSource, uniqueName, waitFor } from '@lc/testing';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 50_000);
const WRITE_BATCH = 500;

const benchV1 = defineEvent({
  type: 'bench.happened',
  version: 1,
  topic: 'bench.events',
  description: 'benchmark event',
  payload: z.object({ n: z.number().int(), aggregate: z.string(), note: z.string() }),
});
const payloadFor = (n: number) => ({ n, aggregate: `agg-${n % 100}`, note: '职工有奖报告事故隐患' });

interface Figures {
  seconds: number;
  eventsPerSecond: number;
  p50: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function outboxToInbox(prefix: string): Promise<Figures> {
  const database = await createTestDatabase('bench');
  const dataSource = await openTestDataSource({ url: database.url, schema: 'bench', migrations: [MessagingTables1732300000000] });
  const kafka = createKafka({ clientId: 'bench-outbox', brokers: process.env.KAFKA_BROKERS!.split(',') }, silentLogger);
  await ensureTopics(kafka, [benchV1], { prefix });
  const relay = new OutboxRelay({ dataSource, kafka, logger: silentLogger });
  const consumer = new InboxConsumer({
    name: 'bench',
    kafka,
    dataSource,
    logger: silentLogger,
    topicPrefix: prefix,
    handlers: [{ contract: benchV1, handle: async () => undefined }],
  });
  const publisher = new OutboxPublisher('bench', prefix);
  try {
    await consumer.start();
    relay.start();
    for (let i = 0; i < EVENTS; i += WRITE_BATCH) {
      const batch: PublishOptions<ReturnType<typeof payloadFor>>[] = [];
      for (let n = i; n < Math.min(EVENTS, i + WRITE_BATCH); n++) {
        const payload = payloadFor(n);
        batch.push({ aggregateId: payload.aggregate, payload, correlationId: 'bench', orgUnitId: null });
      }
      await dataSource.transaction((tx) => publisher.publishMany(tx, benchV1, batch));
    }
    await waitFor(
      'every event in the inbox',
      async () => (await dataSource.query(`SELECT count(*)::int AS n FROM inbox`))[0].n >= EVENTS,
      { timeoutMs: 30 * 60_000, intervalMs: 500 },
    );
    // Both timestamps come from the database clock: outbox insert and inbox insert (in the
    // transaction that commits the handling).
    const [span] = await dataSource.query(
      `SELECT extract(epoch FROM max(i.processed_at) - min(o.created_at)) AS seconds
         FROM outbox o JOIN inbox i USING (event_id)`,
    );
    const latencies: number[] = (
      await dataSource.query(
        `SELECT extract(epoch FROM i.processed_at - o.created_at) * 1000 AS ms
           FROM outbox o JOIN inbox i USING (event_id) ORDER BY 1`,
      )
    ).map((r: { ms: string }) => Number(r.ms));
    const [stages] = await dataSource.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.sent_at - o.created_at)) * 1000 AS relay_p50,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.processed_at - o.sent_at)) * 1000 AS consume_p50
         FROM outbox o JOIN inbox i USING (event_id)`,
    );
    process.stdout.write(
      `  stages (p50): outbox insert → marked sent ${Number(stages.relay_p50).toFixed(0)} ms, marked sent → inbox commit ${Number(stages.consume_p50).toFixed(0)} ms\n`,
    );
    const seconds = Number(span.seconds);
    return { seconds, eventsPerSecond: EVENTS / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  } finally {
    await consumer.stop();
    await relay.stop();
    await dataSource.destroy();
    await database.drop();
  }
}

async function rawKafkajs(prefix: string): Promise<Figures> {
  const kafka = createKafka({ clientId: 'bench-raw', brokers: process.env.KAFKA_BROKERS!.split(',') }, silentLogger);
  const topic = `${prefix}raw`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3 }] });
  await admin.disconnect();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `${prefix}raw`, maxWaitTimeInMs: 100 });
  const latencies: number[] = [];
  let first = 0;
  let last = 0;
  try {
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachBatch: async ({ batch }) => {
        const now = Date.now();
        for (const message of batch.messages) latencies.push(now - Number(message.headers!.sent!.toString()));
        last = now;
      },
    });
    first = Date.now();
    for (let i = 0; i < EVENTS; i += WRITE_BATCH) {
      const sent = String(Date.now());
      const messages = [];
      for (let n = i; n < Math.min(EVENTS, i + WRITE_BATCH); n++) {
        const payload = payloadFor(n);
        const envelope = { eventId: randomUUID(), type: benchV1.type, version: 1, occurredAt: new Date().toISOString(), producer: 'bench', correlationId: 'bench', orgUnitId: null, aggregateId: payload.aggregate, payload };
        messages.push({ key: payload.aggregate, value: JSON.stringify(envelope), headers: { sent } });
      }
      await producer.send({ topic, acks: -1, messages });
    }
    await waitFor('every raw message consumed', () => latencies.length >= EVENTS, { timeoutMs: 30 * 60_000, intervalMs: 200 });
    latencies.sort((a, b) => a - b);
    const seconds = (last - first) / 1000;
    return { seconds, eventsPerSecond: EVENTS / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
}

async function main(): Promise<void> {
  ensureInfrastructure();
  const prefix = `${uniqueName('bench')}.`;
  process.stdout.write(`messaging benchmark: ${EVENTS} events, written ${WRITE_BATCH} per transaction\n`);
  const raw = await rawKafkajs(prefix);
  const outbox = await outboxToInbox(prefix);
  const row = (label: string, f: Figures) =>
    `${label.padEnd(34)} ${f.eventsPerSecond.toFixed(0).padStart(8)} ${f.p50.toFixed(0).padStart(9)} ${f.p99.toFixed(0).padStart(9)} ${f.seconds.toFixed(1).padStart(8)}`;
  process.stdout.write(
    [
      '',
      `${'path'.padEnd(34)} ${'events/s'.padStart(8)} ${'p50 (ms)'.padStart(9)} ${'p99 (ms)'.padStart(9)} ${'total s'.padStart(8)}`,
      row('outbox insert → inbox commit', outbox),
      row('raw kafkajs produce → consume', raw),
      `ratio outbox/raw: throughput ${(outbox.eventsPerSecond / raw.eventsPerSecond).toFixed(2)}, p50 ${(outbox.p50 / Math.max(1, raw.p50)).toFixed(2)}x, p99 ${(outbox.p99 / Math.max(1, raw.p99)).toFixed(2)}x`,
      '',
    ].join('\n'),
  );
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
