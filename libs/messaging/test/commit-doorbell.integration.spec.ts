import { Client, Notification } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, deleteTestTopics, openTestDataSource, uniqueName, waitFor } from '@lc/testing';
import {
  CommitDoorbell,
  createKafka,
  ensureTopics,
  MessagingTables1732300000000,
  OUTBOX_NOTIFY_CHANNEL,
  OutboxPublisher,
  OutboxRelay,
  silentLogger,
} from '../src';
import { countedV1 } from './fixtures/counted-event';

const SCHEMA = 'doorbell_test';
/** Longer than any test here: a relay that publishes in time was woken, not polled. */
const NEVER_POLL_MS = 10 * 60_000;

/** A second session that records the NOTIFYs of the outbox channel, as a relay of another process would. */
async function listenerOf(url: string): Promise<{ heard: string[]; close: () => Promise<void> }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const heard: string[] = [];
  client.on('notification', (n: Notification) => heard.push(n.payload ?? ''));
  await client.query(`LISTEN ${OUTBOX_NOTIFY_CHANNEL}`);
  return { heard, close: () => client.end() };
}

async function publishOne(dataSource: DataSource, publisher: OutboxPublisher, outcome: 'commit' | 'rollback' = 'commit'): Promise<void> {
  const rolledBack = new Error('rolled back on purpose');
  await dataSource
    .transaction(async (tx) => {
      await publisher.publish(tx, countedV1, { aggregateId: 'a', payload: { aggregate: 'a', seq: 1 }, correlationId: 'test', orgUnitId: null });
      if (outcome === 'rollback') throw rolledBack;
    })
    .catch((err) => {
      if (err !== rolledBack) throw err;
    });
}

async function unsent(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`);
  return row.n;
}

describe('the commit doorbell: how a committed outbox row wakes its relay', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;

  beforeEach(async () => {
    database = await createTestDatabase('doorbell');
    dataSource = await openTestDataSource({ url: database.url, schema: SCHEMA, migrations: [MessagingTables1732300000000] });
  });

  afterEach(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('wakes the relay of this process in process after commit, and sends no NOTIFY, while that relay leads', async () => {
    const prefix = `${uniqueName('bell')}.`;
    const kafka = createKafka({ clientId: 'doorbell-test', brokers: process.env.KAFKA_BROKERS!.split(',') }, silentLogger);
    await ensureTopics(kafka, [countedV1], { prefix });
    const doorbell = new CommitDoorbell('outbox').attachTo(dataSource);
    const relay = new OutboxRelay({ dataSource, kafka, logger: silentLogger, pollIntervalMs: NEVER_POLL_MS, doorbell });
    const listener = await listenerOf(database.url);
    try {
      relay.start();
      await waitFor('the relay to lead', () => relay.status().leading);

      await publishOne(dataSource, new OutboxPublisher('doorbell-test', prefix, doorbell));

      // Its poll would come in ten minutes: the row is sent now only because the commit woke it.
      await waitFor('the relay to send the committed row', async () => (await unsent(dataSource)) === 0, { timeoutMs: 20_000 });
      expect(listener.heard).toEqual([]);
    } finally {
      await relay.stop();
      await listener.close();
      await deleteTestTopics(prefix);
    }
  });

  it('lets the writer NOTIFY the relay of another process when no relay of this process leads', async () => {
    const doorbell = new CommitDoorbell('outbox').attachTo(dataSource);
    const listener = await listenerOf(database.url);
    try {
      await publishOne(dataSource, new OutboxPublisher('doorbell-test', '', doorbell));

      await waitFor('the NOTIFY of the commit', () => listener.heard.length > 0, { timeoutMs: 10_000 });
      expect(listener.heard).toEqual([SCHEMA]);
    } finally {
      await listener.close();
    }
  });

  it('rings once per committed transaction and never for a rolled-back one', async () => {
    const doorbell = new CommitDoorbell('outbox').attachTo(dataSource);
    let wakes = 0;
    doorbell.answerWith({ leading: () => true, wake: () => wakes++ });
    const publisher = new OutboxPublisher('doorbell-test', '', doorbell);

    await publishOne(dataSource, publisher, 'rollback');
    expect(wakes).toBe(0);

    await publishOne(dataSource, publisher, 'commit');
    expect(wakes).toBe(1);

    // A transaction that wrote nothing for the relay rings nothing.
    await dataSource.transaction((tx) => tx.query('SELECT 1'));
    expect(wakes).toBe(1);
  });
});
