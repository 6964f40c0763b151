import { Client } from 'pg';
import { DataSourceOptions, MigrationInterface } from 'typeorm';
import { AuditTrail1732300000050 } from '@lc/audit';
import { MessagingTables1732300000000 } from '@lc/messaging';

export interface ServiceDatabaseOptions {
  url: string;
  /** The service's own schema; no other service reads it. */
  schema: string;
  entities: DataSourceOptions['entities'];
  /** Class list of the service's migrations, oldest first. */
  migrations: (new () => MigrationInterface)[];
  poolSize?: number;
}

export function serviceDataSourceOptions(options: ServiceDatabaseOptions): DataSourceOptions {
  assertSchemaName(options.schema);
  return {
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    // Outbox, inbox and audit tables first, then the service's own migrations.
    migrations: [MessagingTables1732300000000, AuditTrail1732300000050, ...options.migrations],
    migrationsTableName: 'migrations',
    migrationsRun: true,
    synchronize: false,
    // Unqualified SQL (migrations, the outbox) lands in the service's schema.
    extra: { options: `-c search_path=${options.schema}`, max: options.poolSize ?? 10 },
  };
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
