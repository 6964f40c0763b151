import { AsyncLocalStorage } from 'node:async_hooks';
import type { WorkflowClientInterceptor } from '@temporalio/client';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';

/**
 * A transaction must wait on nothing but its own connection. A second pooled connection taken while
 * one is held can wedge the service: when every connection of the pool is held by a transaction
 * waiting for another, nobody ever gets one. A call to Temporal or another service inside a
 * transaction holds its locks for as long as the network takes, and starts work that a rollback cannot
 * take back. Work that must follow a commit is recorded in the transaction (the outbox, the workflow
 * outbox) and done after it.
 *
 * The guard makes that rule hold by construction: while code runs inside a transaction of the data
 * source, taking another connection from its pool, or calling Temporal through the guarded client,
 * fails at once with this error instead of waiting. It fails the one request with the bug, never the
 * service.
 */
export class TransactionGuardError extends Error {
  constructor(what: string) {
    super(`${what} inside an open database transaction: a transaction waits on nothing but its own connection; do it before the transaction, or record it in the transaction and do it after commit`);
    this.name = 'TransactionGuardError';
  }
}

interface OpenTransaction {
  open: boolean;
  /** Work to do once the transaction has ended, committed or rolled back (see `afterTransaction`). */
  afterEnd: (() => Promise<void>)[];
}

const transactions = new AsyncLocalStorage<OpenTransaction>();

/** True while the calling code runs inside a guarded transaction that has not ended yet. */
export function inOpenTransaction(): boolean {
  return transactions.getStore()?.open === true;
}

export function assertNotInTransaction(what: string): void {
  if (inOpenTransaction()) throw new TransactionGuardError(what);
}

/**
 * Runs `work` once the current transaction has ended, whether it committed or rolled back, or at once
 * when there is none. For what must be written even though the request fails and its transaction rolls
 * back, such as the audit entry of a refused access found inside a transaction. A failure of `work`
 * does not change the outcome of the transaction's caller; it is reported as a process warning.
 */
export async function afterTransaction(work: () => Promise<void>): Promise<void> {
  const store = transactions.getStore();
  if (store?.open) store.afterEnd.push(work);
  else await work();
}

type TransactionMethod = EntityManager['transaction'];

/**
 * Guards a data source: its transactions mark the code they run as inside a transaction, and its pool
 * refuses to hand out a connection to such code. Idempotent.
 */
export function guardTransactions(dataSource: DataSource): DataSource {
  const manager = dataSource.manager as EntityManager & { __transactionGuard?: true };
  if (manager.__transactionGuard) return dataSource;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  // transaction(work) or transaction(isolationLevel, work); DataSource.transaction passes both
  // arguments on, the second undefined when there is no isolation level.
  const guarded = (isolationOrWork: unknown, maybeWork?: unknown): Promise<unknown> => {
    const isolation = typeof isolationOrWork === 'function' ? undefined : isolationOrWork;
    const work = (typeof isolationOrWork === 'function' ? isolationOrWork : maybeWork) as (tx: EntityManager) => Promise<unknown>;
    const run = (body: (tx: EntityManager) => Promise<unknown>) => (isolation === undefined ? transaction(body) : transaction(isolation, body));
    // Another transaction of the data source inside one needs a connection of its own: the pool refuses
    // it below. (A savepoint is `tx.transaction(…)`, on the transaction's own connection.)
    if (inOpenTransaction()) return run(work);
    // Open from when TypeORM has taken the transaction's connection and begun it, until it ends.
    const marker: OpenTransaction = { open: false, afterEnd: [] };
    return transactions.run(marker, async () => {
      try {
        return await run(async (tx: EntityManager) => {
          marker.open = true;
          try {
            return await work(tx);
          } finally {
            // Continuations started inside but running after the transaction ended are free again.
            marker.open = false;
          }
        });
      } finally {
        marker.open = false;
        for (const after of marker.afterEnd.splice(0)) {
          await after().catch((err: unknown) => process.emitWarning(`work after a transaction failed: ${err instanceof Error ? err.message : String(err)}`));
        }
      }
    });
  };
  manager.transaction = guarded as TransactionMethod;
  manager.__transactionGuard = true;

  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { connect: (...args: unknown[]) => unknown }).connect = (...args: unknown[]) => {
    if (inOpenTransaction()) {
      const err = new TransactionGuardError('taking a second database connection');
      const callback = args[0];
      if (typeof callback === 'function') {
        process.nextTick(() => (callback as (e: Error) => void)(err));
        return undefined;
      }
      return Promise.reject(err);
    }
    return connect(...args);
  };
  return dataSource;
}

/** A Temporal client interceptor that refuses every call made inside an open transaction. */
export const temporalTransactionGuard: WorkflowClientInterceptor = {
  startWithDetails: (input, next) => (assertNotInTransaction('starting a workflow'), next(input)),
  signal: (input, next) => (assertNotInTransaction('signalling a workflow'), next(input)),
  signalWithStart: (input, next) => (assertNotInTransaction('starting a workflow'), next(input)),
  startUpdate: (input, next) => (assertNotInTransaction('updating a workflow'), next(input)),
  startUpdateWithStart: (input, next) => (assertNotInTransaction('updating a workflow'), next(input)),
  query: (input, next) => (assertNotInTransaction('querying a workflow'), next(input)),
  describe: (input, next) => (assertNotInTransaction('describing a workflow'), next(input)),
  terminate: (input, next) => (assertNotInTransaction('terminating a workflow'), next(input)),
  cancel: (input, next) => (assertNotInTransaction('cancelling a workflow'), next(input)),
};
