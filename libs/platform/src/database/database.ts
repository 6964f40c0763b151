import { Client } from 'pg';
import { DataSourceOptions, MigrationInterface } from 'typeorm';
import { AuditSealing1764800000000, AuditTrail1732300000050 } from '@lc/audit';
import { MessagingTables1732300000000 } from '@lc/messaging';
import { WorkflowOutbox1764800000100 } from '../temporal/workflow-outbox/workflow-outbox.migration';

export interface ServiceDatabaseOptions {
  url: string;
  /** The service's own schema; no other service reads it. */
  schema: string;
  entities: DataSourceOptions['entities'];
  /** Class list of the service's migrations, oldest first. */
  migrations: (new () => MigrationInterface)[];
  /** Shown in pg_stat_activity.application_name: which service holds a connection. */
  applicationName?: string;
  poolSize?: number;
  /** Backstops (ms): a bug can fail one request but never wedge the service (see DatabaseTimeouts). */
  timeouts?: DatabaseTimeouts;
}

/**
 * Postgres' own guards, set on every connection of a service:
 * - statement: no statement runs longer (a runaway query);
 * - lock: no statement waits longer for a lock (a row or advisory lock held by a stuck transaction);
 * - idleInTransaction: a session that holds a transaction open without saying anything is ended,
 *   its locks released (a transaction waiting on something outside its connection);
 * - connect: on the service's side, no request waits longer for a connection.
 */
export interface DatabaseTimeouts {
  statementMs: number;
  lockMs: number;
  idleInTransactionMs: number;
  /** How long a request waits for a connection (a free one of the pool, or a new one): then 503, never a queue that grows without end. */
  connectMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { statementMs: 30_000, lockMs: 5_000, idleInTransactionMs: 10_000, connectMs: 5_000 };

export function serviceDataSourceOptions(options: ServiceDatabaseOptions): DataSourceOptions {
  assertSchemaName(options.schema);
  return {
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    // Outbox, inbox, audit and workflow outbox tables first, then the service's own migrations.
    migrations: [MessagingTables1732300000000, AuditTrail1732300000050, AuditSealing1764800000000, WorkflowOutbox1764800000100, ...options.migrations],
    migrationsTableName: 'migrations',
    migrationsRun: true,
    synchronize: false,
    // Unqualified SQL (migrations, the outbox) lands in the service's schema.
    extra: { options: connectionSettings(options.schema, options.timeouts ?? DEFAULT_DATABASE_TIMEOUTS), max: options.poolSize ?? 10 },
    connectTimeoutMS: (options.timeouts ?? DEFAULT_DATABASE_TIMEOUTS).connectMs,
    applicationName: options.applicationName,
  };
}

/** The libpq `options` every connection of the service starts with. */
export function connectionSettings(schema: string, timeouts: DatabaseTimeouts): string {
  return [
    `-c search_path=${schema}`,
    `-c statement_timeout=${timeouts.statementMs}`,
    `-c lock_timeout=${timeouts.lockMs}`,
    `-c idle_in_transaction_session_timeout=${timeouts.idleInTransactionMs}`,
  ].join(' ');
}

/** Creates the schema when missing; TypeORM needs it before it can keep its migrations table there. */
export async function ensureSchema(url: string, schema: string): Promise<void> {
  assertSchemaName(schema);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } finally {
    await client.end();
  }
}

function assertSchemaName(schema: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
}
