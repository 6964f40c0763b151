import { randomUUID } from 'node:crypto';
import { Controller, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, Payload } from '@nestjs/microservices';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Kafka, Producer } from 'kafkajs';
import { PinoLogger } from 'nestjs-pino';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { z } from 'zod';
import { deadLetterTopicOf, defineEvent, EventEnvelope } from '@lc/contracts';
import { CommitDoorbell, createKafka, ensureTopics, MessagingTables1732300000000, physicalTopic, silentLogger } from '@lc/messaging';
import { createTestDatabase, deleteTestTopics, openTestDataSource, uniqueName, waitFor } from '@lc/testing';
import { InboxContext, InboxEvent, InboxTransport, KAFKA, MessagingHost, OUTBOX_DOORBELL, SERVICE_CONFIG, SERVICE_NAME } from '../src';

/** A test-only contract: "tally number N", which the handler refuses when `fail` is set. */
const talliedV1 = defineEvent({
  type: 'test.tallied',
  version: 1,
  topic: 'test.tallies',
  description: 'test event',
  payload: z.object({ n: z.number().int(), fail: z.boolean().optional() }),
});
type Tallied = z.infer<typeof talliedV1.payload>;

/** One row per handling, with no unique key, so that a second handling of an event shows. */
class TallyEffects1732300009998 implements MigrationInterface {
  name = 'TallyEffects1732300009998';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE tally_effects (
      id bigserial PRIMARY KEY, consumer text NOT NULL, event_id uuid NOT NULL, n integer NOT NULL, inbox_row_seen boolean NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tally_effects`);
  }
}

/** Calls of each handler, rolled back or not: how often the inbox tried an event. */
const attempts = new Map<string, number>();

/** Writes its effect, then refuses a failing event: the refusal must roll the write back. */
async function tally(consumer: string, event: EventEnvelope<Tallied>, tx: InboxContext['tx']): Promise<void> {
  const key = `${consumer}#${event.payload.n}`;
  attempts.set(key, (attempts.get(key) ?? 0) + 1);
  // The inbox row of this event is visible only inside the transaction that inserted it.
  const [seen] = await tx.query(`SELECT count(*)::int AS n FROM inbox WHERE event_id = $1 AND consumer = $2`, [event.eventId, consumer]);
  await tx.query(`INSERT INTO tally_effects (consumer, event_id, n, inbox_row_seen) VALUES ($1, $2, $3, $4)`, [consumer, event.eventId, event.payload.n, seen.n === 1]);
  if (event.payload.fail) throw new Error(`refusing tally #${event.payload.n} on purpose`);
}

/** The same event in two consumer groups of one service: each group handles it once. */
@Controller()
class TallyEvents {
  @InboxEvent(talliedV1, { consumer: 'tally' })
  async onTallied(@Payload() event: EventEnvelope<Tallied>, @Ctx() ctx: InboxContext): Promise<void> {
    await tally('svc.tally', event, ctx.tx);
  }

  @InboxEvent(talliedV1, { consumer: 'audit' })
  async onTalliedForAudit(@Payload() event: EventEnvelope<Tallied>, @Ctx() { tx }: InboxContext): Promise<void> {
    await tally('svc.audit', event, tx);
  }
}

const quietLogger = { setContext: () => undefined, ...silentLogger } as unknown as PinoLogger;

function envelope(payload: Tallied, eventId = randomUUID()): string {
  return JSON.stringify({
    eventId,
    type: talliedV1.type,
    version: 1,
    occurredAt: new Date().toISOString(),
    producer: 'test',
    correlationId: 'inbox-transport-test',
    orgUnitId: null,
    aggregateId: 'tally',
    payload,
  });
}

/**
 * Event handlers declared as Nest microservice handlers (@InboxEvent, an @EventPattern) run through the
 * inbox transport of a hybrid application, on a real Postgres and Kafka: inside the inbox transaction,
 * once per consumer group however often an event comes, and a handler that throws is retried and then
 * dead-lettered with its own error (not Nest's "Internal server error").
 */
describe('the inbox transport', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  let app: INestApplication;
  const prefix = `${uniqueName('t')}.`;
  const topic = physicalTopic(talliedV1.topic, prefix);

  beforeAll(async () => {
    database = await createTestDatabase('inboxtransport');
    dataSource = await openTestDataSource({ url: database.url, schema: 'inbox_transport', migrations: [MessagingTables1732300000000, TallyEffects1732300009998] });
    kafka = createKafka({ clientId: 'inbox-transport-test', brokers: process.env.KAFKA_BROKERS!.split(',') }, silentLogger);
    await ensureTopics(kafka, [talliedV1], { prefix });
    producer = kafka.producer();
    await producer.connect();

    @Module({
      controllers: [TallyEvents],
      providers: [
        { provide: KAFKA, useValue: kafka },
        { provide: getDataSourceToken(), useValue: dataSource },
        { provide: SERVICE_CONFIG, useValue: { KAFKA_TOPIC_PREFIX: prefix, KAFKA_SESSION_TIMEOUT_MS: 6_000 } },
        { provide: SERVICE_NAME, useValue: 'svc' },
        { provide: PinoLogger, useValue: quietLogger },
        { provide: OUTBOX_DOORBELL, useValue: new CommitDoorbell('outbox') },
        MessagingHost,
        InboxTransport,
      ],
    })
    class TallyModule {}

    // As a service starts: the consumers are declared as a microservice, then the application starts.
    app = await NestFactory.create(TallyModule, { logger: false });
    app.connectMicroservice({ strategy: app.get(InboxTransport) });
    await app.startAllMicroservices();
    await app.init();
    await waitFor('both consumers running', () => app.get(MessagingHost).status().consumers.every((c) => c.state === 'running'), { timeoutMs: 60_000 });
  });

  afterAll(async () => {
    await app?.close();
    await app?.get(MessagingHost).stopRelay();
    await producer?.disconnect();
    await dataSource?.destroy();
    await database?.drop();
    await deleteTestTopics(prefix);
  });

  const effects = async (): Promise<{ consumer: string; n: number; inbox_row_seen: boolean }[]> =>
    dataSource.query(`SELECT consumer, n, inbox_row_seen FROM tally_effects ORDER BY consumer, n`);

  it('declares one consumer per group, named after the service, in the readiness report', () => {
    expect(app.get(MessagingHost).status().consumers.map((c) => c.group).sort()).toEqual([`${prefix}svc.audit`, `${prefix}svc.tally`]);
  });

  it('handles a redelivered event once per group, inside the inbox transaction; a throwing handler is retried, then dead-lettered with its error', async () => {
    const first = randomUUID();
    await producer.send({
      topic,
      messages: [
        { key: 'tally', value: envelope({ n: 1 }, first) },
        { key: 'tally', value: envelope({ n: 2, fail: true }) },
        // The first event again, under its own id, as a relay that lost its acknowledgement sends it.
        { key: 'tally', value: envelope({ n: 1 }, first) },
        { key: 'tally', value: envelope({ n: 3 }) },
      ],
    });

    await waitFor('the events after the failing one handled by both groups', async () => (await effects()).filter((e) => e.n === 3).length === 2, { timeoutMs: 90_000 });
    expect(await effects()).toEqual([
      { consumer: 'svc.audit', n: 1, inbox_row_seen: true },
      { consumer: 'svc.audit', n: 3, inbox_row_seen: true },
      { consumer: 'svc.tally', n: 1, inbox_row_seen: true },
      { consumer: 'svc.tally', n: 3, inbox_row_seen: true },
    ]);
    // The refused event's writes were rolled back with its inbox row: it is not marked handled.
    expect(await dataSource.query(`SELECT consumer FROM inbox WHERE event_id = $1 ORDER BY consumer`, [first])).toEqual([{ consumer: 'svc.audit' }, { consumer: 'svc.tally' }]);
    expect(attempts.get('svc.tally#2')).toBeGreaterThanOrEqual(5);

    const dead: { consumer: string; error: string; attempts: string }[] = [];
    const reader = kafka.consumer({ groupId: `${prefix}dlt-reader` });
    try {
      await reader.connect();
      await reader.subscribe({ topic: physicalTopic(deadLetterTopicOf(talliedV1.topic), prefix), fromBeginning: true });
      await reader.run({
        eachMessage: async ({ message }) => {
          dead.push({ consumer: message.headers!['dlt-consumer']!.toString(), error: message.headers!['dlt-error']!.toString(), attempts: message.headers!['dlt-attempts']!.toString() });
        },
      });
      await waitFor('a dead letter from each group', () => dead.length >= 2, { timeoutMs: 60_000 });
    } finally {
      await reader.disconnect();
    }
    expect(dead.sort((a, b) => a.consumer.localeCompare(b.consumer))).toEqual([
      { consumer: 'svc.audit', error: 'refusing tally #2 on purpose', attempts: '5' },
      { consumer: 'svc.tally', error: 'refusing tally #2 on purpose', attempts: '5' },
    ]);
  });
});
