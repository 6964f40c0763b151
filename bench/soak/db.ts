/**
 * The soak's own reads of the system's database (the services' schemas), for setup waits, quiet and
 * reconciliation. A small pool whose queries give up after a while, so that a frozen Postgres (the
 * pause fault) holds a check up for seconds, never for good.
 */
import { Pool } from 'pg';

// Rows are checked field by field; their static type adds nothing here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Row = Record<string, any>;

export interface Sql {
  <T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
  /** Whether schema.table exists (and, if given, has the column): for tables that arrive with newer code. */
  exists: (schema: string, table: string, column?: string) => Promise<boolean>;
  end: () => Promise<void>;
}

export function sqlClient(databaseUrl: string, { queryTimeoutMs = 20_000 } = {}): Sql {
  const pool = new Pool({ connectionString: databaseUrl, max: 3, query_timeout: queryTimeoutMs, application_name: 'soak' });
  // An idle client cut off (the broker or Postgres restarted): the pool drops it; nothing to do here.
  pool.on('error', () => undefined);
  const sql = (async (text: string, params: unknown[] = []) => (await pool.query(text, params)).rows) as Sql;
  sql.exists = async (schema, table, column) => {
    const rows = column
      ? await pool.query(`SELECT 1 FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND column_name = $3`, [schema, table, column])
      : await pool.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2`, [schema, table]);
    return rows.rows.length > 0;
  };
  sql.end = () => pool.end();
  return sql;
}

/** The services' schemas, by service. */
export const SCHEMAS = {
  registration: 'registration',
  'hazard-reward': 'hazard_reward',
  assessment: 'assessment',
  awards: 'awards',
} as const;
