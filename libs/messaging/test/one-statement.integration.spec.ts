import { Client, Notification } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, openTestDataSource } from '@lc/testing';
import { CommitDoorbell, MessagingTables1732300000000, OneStatement, OUTBOX_NOTIFY_CHANNEL, OutboxPublisher } from '../src';
import { countedV1 } from './fixtures/counted-event';

const SCHEMA = 'one_statement_test';

/** A change made of inserts only, written with its events as one statement: all of it or none. */
describe('one statement: a change and its events without a transaction', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;
  let listener: Client;
  const heard: string[] = [];

  const event = (seq: number) => ({ aggregateId: `a-${seq}`, payload: { aggregate: `a-${seq}`, seq }, correlationId: 'test', orgUnitId: null });
  const rowsOf = async (seq: number): Promise<{ notes: number; outbox: number }> =>
    (
      await dataSource.query(
        `SELECT (SELECT count(*)::int FROM notes WHERE id = $1) AS notes, (SELECT count(*)::int FROM outbox WHERE message_key = $2) AS outbox`,
        [seq, `a-${seq}`],
      )
    )[0];

  beforeAll(async () => {
    database = await createTestDatabase('onestatement');
    dataSource = await openTestDataSource({ url: database.url, schema: SCHEMA, migrations: [MessagingTables1732300000000] });
    await dataSource.query(`CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL)`);
    listener = new Client({ connectionString: database.url });
    await listener.connect();
    listener.on('notification', (n: Notification) => heard.push(n.payload ?? ''));
    await listener.query(`LISTEN ${OUTBOX_NOTIFY_CHANNEL}`);
  });

  afterAll(async () => {
    await listener?.end();
    await dataSource?.destroy();
    await database?.drop();
  });

  beforeEach(() => {
    heard.length = 0;
  });

  it('writes every part, each with its own parameters, and NOTIFYs a relay of another process', async () => {
    const statement = new OneStatement().add({ sql: `INSERT INTO notes (id, body) VALUES ($1, $2)`, params: [1, '第一'] });
    const [envelope] = new OutboxPublisher('one-statement-test').addTo(statement, countedV1, [event(1)]);
    statement.add({ sql: `INSERT INTO notes (id, body) VALUES ($1, $2)`, params: [2, '第二'] });

    await statement.run(dataSource);

    expect(await dataSource.query(`SELECT id, body FROM notes WHERE id IN (1, 2) ORDER BY id`)).toEqual([
      { id: 1, body: '第一' },
      { id: 2, body: '第二' },
    ]);
    expect(await dataSource.query(`SELECT event_id, event_type FROM outbox WHERE message_key = 'a-1'`)).toEqual([
      { event_id: envelope.eventId, event_type: countedV1.type },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toEqual([SCHEMA]);
  });

  it('writes none of the parts when one of them fails', async () => {
    await dataSource.query(`INSERT INTO notes (id, body) VALUES (3, 'there first')`);
    const statement = new OneStatement().add({ sql: `INSERT INTO notes (id, body) VALUES ($1, $2)`, params: [4, 'new'] });
    new OutboxPublisher('one-statement-test').addTo(statement, countedV1, [event(4)]);
    statement.add({ sql: `INSERT INTO notes (id, body) VALUES ($1, $2)`, params: [3, 'again'] });

    await expect(statement.run(dataSource)).rejects.toThrow(/duplicate key/);

    expect(await rowsOf(4)).toEqual({ notes: 0, outbox: 0 });
    expect(await dataSource.query(`SELECT body FROM notes WHERE id = 3`)).toEqual([{ body: 'there first' }]);
  });

  it('wakes the relay of this process once written, with no NOTIFY, while that relay leads', async () => {
    const doorbell = new CommitDoorbell('outbox');
    let wakes = 0;
    doorbell.answerWith({ leading: () => true, wake: () => wakes++ });
    const statement = new OneStatement().add({ sql: `INSERT INTO notes (id, body) VALUES ($1, $2)`, params: [5, 'five'] });
    new OutboxPublisher('one-statement-test', '', doorbell).addTo(statement, countedV1, [event(5)]);
    expect(wakes).toBe(0);

    await statement.run(dataSource);

    expect(wakes).toBe(1);
    expect(await rowsOf(5)).toEqual({ notes: 1, outbox: 1 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toEqual([]);
  });
});
