import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import {
  controlServer,
  createTestDatabase,
  deleteTestTopics,
  openTestDataSource,
  repositoryRoot,
  uniqueName,
  waitFor,
} from '@lc/testing';
import { deadLetterTopicOf } from '@lc/contracts';
import {
  createKafka,
  ensureTopics,
  InboxConsumer,
  MessagingTables1732300000000,
  OutboxPublisher,
  OutboxRelay,
  silentLogger,
} from '../src';
import { CountedEffects1732300009999, countedV1, CountingHandler } from './fixtures/counted-event';

const SCHEMA = 'messaging_test';

interface Scenario {
  dataSource: DataSource;
  databaseUrl: string;
  kafka: Kafka;
  prefix: string;
  publisher: OutboxPublisher;
  relay: OutboxRelay;
  cleanup: () => Promise<void>;
}

async function scenario(): Promise<Scenario> {
  const database = await createTestDatabase('messaging');
  const dataSource = await openTestDataSource({
    url: database.url,
    schema: SCHEMA,
    migrations: [MessagingTables1732300000000, CountedEffects1732300009999],
  });
  const prefix = `${uniqueName('t')}.`;
  const kafka = createKafka({ clientId: 'messaging-test', brokers: process.env.KAFKA_BROKERS!.split(',') }, silentLogger);
  await ensureTopics(kafka, [countedV1], { prefix });
  const relay = new OutboxRelay({ dataSource, kafka, logger: silentLogger, backoff: { initialMs: 100, maxMs: 1_000, jitter: 0.2 } });
  return {
    dataSource,
    databaseUrl: database.url,
    kafka,
    prefix,
    publisher: new OutboxPublisher('messaging-test', prefix),
    relay,
    cleanup: async () => {
      await relay.stop();
      await dataSource.destroy();
      await database.drop();
      await deleteTestTopics(prefix);
    },
  };
}

async function writeEvents(s: Scenario, events: { aggregate: string; seq: number }[]): Promise<void> {
  for (let i = 0; i < events.length; i += 500) {
    await s.dataSource.transaction(async (tx) => {
      for (const e of events.slice(i, i + 500)) {
        await s.publisher.publish(tx, countedV1, { aggregateId: e.aggregate, payload: e, correlationId: 'test', orgUnitId: null });
      }
    });
  }
}

async function effectCounts(dataSource: DataSource): Promise<{ total: number; distinct: number }> {
  const [row] = await dataSource.query(
    `SELECT count(*)::int AS total, count(DISTINCT event_id)::int AS distinct FROM counted_effects`,
  );
  return row;
}

function startConsumerProcess(s: Scenario, consumerName: string): ChildProcess {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, 'fixtures', 'counting-consumer.process.ts')],
    {
      cwd: repositoryRoot,
      env: {
        ...process.env,
        TEST_DATABASE_URL: s.databaseUrl,
        TEST_SCHEMA: SCHEMA,
        TOPIC_PREFIX: s.prefix,
        CONSUMER_NAME: consumerName,
        CHUNK_SIZE: '50',
        HANDLER_DELAY_MS: '2',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return child;
}

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (!isRunning(child)) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('outbox → Kafka → inbox', () => {
  it('handles every event exactly once when the consumer process is killed mid-batch and restarted', async () => {
    const s = await scenario();
    const children: ChildProcess[] = [];
    try {
      const total = 4_000;
      await writeEvents(
        s,
        Array.from({ length: total }, (_, i) => ({ aggregate: `agg-${i % 20}`, seq: Math.floor(i / 20) })),
      );
      s.relay.start();

      children.push(startConsumerProcess(s, 'counting'));
      const handledBeforeKill = await waitFor(
        'the first consumer to handle a quarter of the events',
        async () => {
          const { total: handled } = await effectCounts(s.dataSource);
          return handled >= total / 4 ? handled : undefined;
        },
        { timeoutMs: 90_000, intervalMs: 20 },
      );
      await killed(children[0]);
      const handledAtKill = (await effectCounts(s.dataSource)).total;
      expect(handledAtKill).toBeLessThan(total); // it really died mid-way

      children.push(startConsumerProcess(s, 'counting'));
      await waitFor('all events to be handled', async () => (await effectCounts(s.dataSource)).total >= total, {
        timeoutMs: 120_000,
        intervalMs: 200,
      });
      // Give a would-be duplicate (a redelivered, uncommitted offset) time to show up.
      await new Promise((resolve) => setTimeout(resolve, 2_000));

      expect(handledBeforeKill).toBeGreaterThan(0);
      expect(await effectCounts(s.dataSource)).toEqual({ total, distinct: total });
      const [inbox] = await s.dataSource.query(`SELECT count(*)::int AS n FROM inbox WHERE consumer = 'counting'`);
      expect(inbox.n).toBe(total);
    } finally {
      await Promise.all(children.map(killed));
      await s.cleanup();
    }
  });

  it('loses nothing and keeps per-aggregate order when the broker stops and restarts while events are written', async () => {
    const s = await scenario();
    const consumer = new InboxConsumer({
      name: 'ordered',
      kafka: s.kafka,
      dataSource: s.dataSource,
      handlers: [new CountingHandler()],
      logger: silentLogger,
      topicPrefix: s.prefix,
    });
    try {
      s.relay.start();
      await consumer.start();
      const aggregates = Array.from({ length: 10 }, (_, i) => `order-${i}`);
      let seq = 0;
      let written = 0;
      const writeFor = async (ms: number) => {
        const until = Date.now() + ms;
        while (Date.now() < until) {
          await writeEvents(s, aggregates.map((aggregate) => ({ aggregate, seq })));
          seq += 1;
          written += aggregates.length;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      };

      await writeFor(2_000);
      controlServer('stop', 'kafka');
      const writtenWhileDown = written;
      await writeFor(3_000);
      expect(written).toBeGreaterThan(writtenWhileDown); // events were written while the broker was down
      controlServer('start', 'kafka');
      await writeFor(2_000);

      await waitFor('every written event to be handled', async () => (await effectCounts(s.dataSource)).total >= written, {
        timeoutMs: 180_000,
        intervalMs: 250,
      });
      expect(await effectCounts(s.dataSource)).toEqual({ total: written, distinct: written });
      const rows: { aggregate: string; seqs: number[] }[] = await s.dataSource.query(
        `SELECT aggregate, array_agg(seq ORDER BY id) AS seqs FROM counted_effects GROUP BY aggregate ORDER BY aggregate`,
      );
      expect(rows).toHaveLength(aggregates.length);
      for (const row of rows) {
        expect(row.seqs).toEqual(Array.from({ length: seq }, (_, i) => i)); // every number, in order
      }
    } finally {
      try {
        controlServer('start', 'kafka'); // idempotent: the broker is back for the next test whatever happened
      } finally {
        await consumer.stop();
        await s.cleanup();
      }
    }
  });

  it('sends poison events to the dead-letter topic with their error, and later events still flow', async () => {
    const s = await scenario();
    const consumer = new InboxConsumer({
      name: 'poisoned',
      kafka: s.kafka,
      dataSource: s.dataSource,
      handlers: [new CountingHandler()],
      logger: silentLogger,
      topicPrefix: s.prefix,
      maxAttempts: 3,
      retryBackoff: { initialMs: 20, maxMs: 100, jitter: 0 },
    });
    const topic = `${s.prefix}${countedV1.topic}`;
    const producer = s.kafka.producer();
    const dltReader = s.kafka.consumer({ groupId: `${s.prefix}dlt-reader` });
    try {
      await producer.connect();
      const envelope = (payload: unknown) =>
        JSON.stringify({
          eventId: crypto.randomUUID(),
          type: countedV1.type,
          version: 1,
          occurredAt: new Date().toISOString(),
          producer: 'test',
          correlationId: 'poison-test',
          orgUnitId: null,
          aggregateId: 'poison',
          payload,
        });
      await producer.send({
        topic,
        messages: [
          { key: 'poison', value: 'this is not JSON' },
          { key: 'poison', value: envelope({ aggregate: 'poison', seq: 'not a number' }) },
          { key: 'poison', value: envelope({ aggregate: 'poison', seq: 1, fail: true }) },
        ],
      });
      await consumer.start();
      s.relay.start();
      await writeEvents(s, Array.from({ length: 5 }, (_, i) => ({ aggregate: 'poison', seq: 100 + i })));

      await waitFor('the later events to be handled', async () => (await effectCounts(s.dataSource)).total === 5, {
        timeoutMs: 60_000,
      });

      const dead: { value: string; error: string; attempts: string }[] = [];
      await dltReader.connect();
      await dltReader.subscribe({ topic: deadLetterTopicOf(topic), fromBeginning: true });
      await dltReader.run({
        eachMessage: async ({ message }) => {
          dead.push({
            value: message.value!.toString(),
            error: message.headers!['dlt-error']!.toString(),
            attempts: message.headers!['dlt-attempts']!.toString(),
          });
        },
      });
      await waitFor('three dead letters', () => dead.length >= 3, { timeoutMs: 60_000 });
      expect(dead.map((d) => d.error)).toEqual([
        'message value is not JSON',
        expect.stringContaining('invalid test.counted payload: seq'),
        'refusing poison#1 on purpose',
      ]);
      expect(dead[0].value).toBe('this is not JSON');
      expect(dead[2].attempts).toBe('3');
      const seqs = (await s.dataSource.query(`SELECT seq FROM counted_effects ORDER BY id`)).map((r: { seq: number }) => r.seq);
      expect(seqs).toEqual([100, 101, 102, 103, 104]);
    } finally {
      await dltReader.disconnect();
      await producer.disconnect();
      await consumer.stop();
      await s.cleanup();
    }
  });
});
