import { Client } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';

/** A TypeORM data source on its own schema of a test database, migrated, as a service would have it. */
export async function openTestDataSource(options: {
  url: string;
  schema: string;
  migrations: DataSourceOptions['migrations'];
  entities?: DataSourceOptions['entities'];
}): Promise<DataSource> {
  const client = new Client({ connectionString: options.url });
  await client.connect();
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`).finally(() => client.end());
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities ?? [],
    migrations: options.migrations,
    migrationsRun: true,
    extra: { options: `-c search_path=${options.schema}` },
  });
  return dataSource.initialize();
}
