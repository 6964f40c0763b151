import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { createTestDatabase, openTestDataSource } from '@lc/testing';
import { afterTransaction, connectionSettings, guardTransactions, temporalTransactionGuard, TransactionGuardError } from '../src';

/**
 * The rule that keeps a service from wedging: a transaction waits on nothing but its own connection.
 * Proven on a real Postgres with a pool of two connections, where one transaction waiting for a second
 * connection while another does the same would hang for ever.
 */
describe('the transaction guard', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('txguard');
    dataSource = await openTestDataSource({ url: database.url, schema: 'guarded', migrations: [] });
    // The same data source, with a pool of two.
    await dataSource.destroy();
    dataSource = guardTransactions(
      await new DataSource({ ...dataSource.options, extra: { ...(dataSource.options as { extra?: object }).extra, max: 2 } } as typeof dataSource.options).initialize(),
    );
    await dataSource.query(`CREATE TABLE IF NOT EXISTS notes (id int PRIMARY KEY, body text NOT NULL)`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('refuses a second pooled connection inside a transaction at once, and the rollback leaves nothing', async () => {
    const started = Date.now();
    await expect(
      dataSource.transaction(async (tx) => {
        await tx.query(`INSERT INTO notes (id, body) VALUES (1, 'in the transaction')`);
        await dataSource.query(`SELECT count(*) FROM notes`);
      }),
    ).rejects.toThrow(TransactionGuardError);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await dataSource.query(`SELECT * FROM notes`)).toEqual([]);
  });

  it('never wedges the pool: every transaction of a full pool asking for a second connection fails, and the pool is whole after', async () => {
    const attempts = Array.from({ length: 6 }, (_, i) =>
      dataSource.transaction(async (tx) => {
        await tx.query(`SELECT pg_sleep(0.05)`);
        await dataSource.query(`SELECT ${i}`);
      }),
    );
    const results = await Promise.allSettled(attempts);
    expect(results.every((r) => r.status === 'rejected' && r.reason instanceof TransactionGuardError)).toBe(true);
    expect(await Promise.all([dataSource.query(`SELECT 1 AS one`), dataSource.query(`SELECT 2 AS two`)])).toEqual([[{ one: 1 }], [{ two: 2 }]]);
  });

  it('lets the transaction use its own connection, and a nested transaction on it (a savepoint), but not a second transaction', async () => {
    await dataSource.transaction(async (tx) => {
      await tx.query(`INSERT INTO notes (id, body) VALUES (2, 'outer')`);
      await tx.transaction(async (inner) => inner.query(`INSERT INTO notes (id, body) VALUES (3, 'inner')`));
      await expect(dataSource.transaction((other) => other.query(`SELECT 1`))).rejects.toThrow(TransactionGuardError);
    });
    expect(await dataSource.query(`SELECT id FROM notes WHERE id IN (2, 3) ORDER BY id`)).toEqual([{ id: 2 }, { id: 3 }]);
  });

  it('frees work that runs after the transaction ended, even when it was started inside it', async () => {
    let later: Promise<unknown> | undefined;
    await dataSource.transaction(async (tx) => {
      await tx.query(`SELECT 1`);
      later = new Promise((resolve) => setTimeout(resolve, 50)).then(() => dataSource.query(`SELECT 'after' AS said`));
    });
    await expect(later).resolves.toEqual([{ said: 'after' }]);
  });

  it('runs what was deferred with afterTransaction once the transaction has rolled back, on a connection of its own', async () => {
    await expect(
      dataSource.transaction(async (tx) => {
        await tx.query(`INSERT INTO notes (id, body) VALUES (4, 'rolled back')`);
        await afterTransaction(async () => {
          await dataSource.query(`INSERT INTO notes (id, body) VALUES (5, 'kept: written after the rollback')`);
        });
        throw new Error('the request fails');
      }),
    ).rejects.toThrow('the request fails');
    expect(await dataSource.query(`SELECT id FROM notes WHERE id IN (4, 5)`)).toEqual([{ id: 5 }]);
  });

  it('refuses a call to Temporal inside a transaction before it reaches the network', async () => {
    // Nothing listens on this port: a call that got as far as the network would fail differently.
    const temporal = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }), interceptors: { workflow: [temporalTransactionGuard] } });
    await expect(
      dataSource.transaction(() => temporal.workflow.start('anyWorkflow', { workflowId: 'never', taskQueue: 'nowhere', args: [] })),
    ).rejects.toThrow(TransactionGuardError);
    await expect(dataSource.transaction(() => temporal.workflow.getHandle('never').signal('anything'))).rejects.toThrow(TransactionGuardError);
  });

  it('sets Postgres\' own backstops on every connection of a service', async () => {
    const settings = connectionSettings('guarded', { statementMs: 30_000, lockMs: 5_000, idleInTransactionMs: 10_000, connectMs: 5_000 });
    const backstopped = await new DataSource({ ...dataSource.options, extra: { options: settings } } as typeof dataSource.options).initialize();
    try {
      const [row] = await backstopped.query(
        `SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock,
                current_setting('idle_in_transaction_session_timeout') AS idle, current_schema() AS schema`,
      );
      expect(row).toEqual({ statement: '30s', lock: '5s', idle: '10s', schema: 'guarded' });
    } finally {
      await backstopped.destroy();
    }
  });
});
