import { performance } from 'node:perf_hooks';
import { Client, CustomTypesConfig, Pool } from 'pg';
import { runConcurrently } from './timing';

/** A row as Postgres prints it: every value text (or null), to be sent back exactly as read. */
type Row = Record<string, string | null>;

/** One table a report writes to, and its scratch copy in the benchmark's database. */
interface ReportTable {
  source: string;
  scratch: string;
  /**
   * Columns that later processes fill (the audit sealer, the outbox relay), reset to what the report's
   * transaction left in them, so that the copy writes the same row and index entries the service wrote.
   */
  asWritten?: Row;
}

const TABLES = {
  report: { source: 'hazard_reward.hazard_reports', scratch: 'public.bench_hazard_reports' },
  reporter: { source: 'hazard_reward.hazard_reporters', scratch: 'public.bench_hazard_reporters' },
  audit: { source: 'hazard_reward.audit_log', scratch: 'public.bench_audit_log', asWritten: { seq: null, prev_hash: null, hash: null } },
  outbox: { source: 'hazard_reward.outbox', scratch: 'public.bench_outbox', asWritten: { sent_at: null, attempts: '0', last_error: null } },
} satisfies Record<string, ReportTable>;
type TableName = keyof typeof TABLES;

const ONE_INSERT_TABLE = 'public.bench_hazard_reports_one_insert';
/** The columns the service's own report INSERT names (the rest take their defaults), as before. */
const REPORT_INSERT_COLUMNS = [
  'id',
  'enterprise_unit_id',
  'enterprise_path',
  'location',
  'latitude',
  'longitude',
  'category',
  'description',
  'photos',
  'anonymous',
  'reporter_tag',
  'reported_at',
];

/** One report's rows as the service wrote them; an anonymous report has no reporter row. */
export interface ReportRows {
  report: Row;
  reporter?: Row;
  audit: Row;
  outbox: Row;
}

/** The reports' rows, oldest report first, and each table's columns in the order read. */
export interface CopiedReports {
  reports: ReportRows[];
  columns: Record<TableName, string[]>;
}

const asText: CustomTypesConfig = { getTypeParser: (() => (value: string) => value) as unknown as CustomTypesConfig['getTypeParser'] };

/** Reads every row the service wrote for these reports: the report, its reporter, its audit entry and its event. */
export async function readReportRows(databaseUrl: string, reportIds: readonly string[]): Promise<CopiedReports> {
  const sql = new Client({ connectionString: databaseUrl, types: asText });
  await sql.connect();
  try {
    const read = (text: string) => sql.query(text, [reportIds]);
    const [report, reporter, audit, outbox] = [
      await read(`SELECT * FROM ${TABLES.report.source} WHERE id = ANY($1::uuid[]) ORDER BY reported_at, id`),
      await read(`SELECT * FROM ${TABLES.reporter.source} WHERE report_id = ANY($1::uuid[])`),
      await read(`SELECT * FROM ${TABLES.audit.source} WHERE action = 'hazard.reported' AND entity_id = ANY($1::text[])`),
      await read(`SELECT * FROM ${TABLES.outbox.source} WHERE event_type = 'hazard.reported' AND message_key = ANY($1::text[])`),
    ];
    const byKey = (rows: Row[], key: string) => new Map(rows.map((row) => [row[key] as string, row]));
    const reporters = byKey(reporter.rows, 'report_id');
    const audits = byKey(audit.rows, 'entity_id');
    const events = byKey(outbox.rows, 'message_key');
    const reports = (report.rows as Row[]).map((row) => {
      const id = row.id as string;
      const [auditRow, event] = [audits.get(id), events.get(id)];
      if (!auditRow || !event) throw new Error(`report ${id} has ${auditRow ? '' : 'no audit entry '}${event ? '' : 'no outbox row'}: the baseline cannot copy it`);
      return { report: row, reporter: reporters.get(id), audit: auditRow, outbox: event };
    });
    const columnsOf = (result: { fields: { name: string }[] }) => result.fields.map((f) => f.name);
    return { reports, columns: { report: columnsOf(report), reporter: columnsOf(reporter), audit: columnsOf(audit), outbox: columnsOf(outbox) } };
  } finally {
    await sql.end();
  }
}

/**
 * Empty copies of the tables (columns, defaults, constraints and indexes; LIKE copies no triggers,
 * and the service's tables have none on INSERT). LIKE copies no foreign keys either: the reporter row's
 * is added back, since the service's row pays for it (a look-up and a share lock on its report).
 */
export async function createScratchTables(sql: Client): Promise<void> {
  for (const table of Object.values(TABLES)) await sql.query(`CREATE TABLE ${table.scratch} (LIKE ${table.source} INCLUDING ALL)`);
  await sql.query(`ALTER TABLE ${TABLES.reporter.scratch} ADD FOREIGN KEY (report_id) REFERENCES ${TABLES.report.scratch} (id)`);
  await sql.query(`CREATE TABLE ${ONE_INSERT_TABLE} (LIKE ${TABLES.report.source} INCLUDING ALL)`);
}

export async function dropScratchTables(sql: Client): Promise<void> {
  const scratch = [ONE_INSERT_TABLE, ...Object.values(TABLES).map((t) => t.scratch)];
  await sql.query(`DROP TABLE IF EXISTS ${scratch.join(', ')}`);
}

/** A pool whose connections are all open before anything is timed, as the service's are while it works. */
export async function connectedPool(databaseUrl: string, size: number): Promise<Pool> {
  const pool = new Pool({ connectionString: databaseUrl, max: size, idleTimeoutMillis: 0, application_name: 'bench-baseline' });
  const clients = await Promise.all(Array.from({ length: size }, () => pool.connect()));
  clients.forEach((c) => c.release());
  return pool;
}

function insertStatement(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
}

function valuesOf(row: Row, columns: readonly string[], asWritten: Row = {}): (string | null)[] {
  return columns.map((c) => (c in asWritten ? asWritten[c] : row[c]));
}

export interface BaselineRun {
  reports: number;
  seconds: number;
  latenciesMs: number[];
}

/**
 * "The same rows": each report's rows inserted again in one transaction of its own, in the service's
 * order: raw inserts only (a NOTIFY to a relay of another process would be the service's own cost;
 * with its relay in process, the service sends none).
 */
export async function sameRowsBaseline(pool: Pool, copied: CopiedReports, concurrency: number): Promise<BaselineRun> {
  const insert = Object.fromEntries(
    (Object.keys(TABLES) as TableName[]).map((name) => [name, insertStatement(TABLES[name].scratch, copied.columns[name])]),
  ) as Record<TableName, string>;
  const write = (name: TableName, row: Row) => valuesOf(row, copied.columns[name], (TABLES[name] as ReportTable).asWritten);
  const latenciesMs: number[] = [];
  const seconds = await runConcurrently(copied.reports.length, concurrency, async (i) => {
    const rows = copied.reports[i];
    const sent = performance.now();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(insert.report, write('report', rows.report));
      if (rows.reporter) await client.query(insert.reporter, write('reporter', rows.reporter));
      await client.query(insert.audit, write('audit', rows.audit));
      await client.query(insert.outbox, write('outbox', rows.outbox));
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
    latenciesMs.push(performance.now() - sent);
  });
  return { reports: copied.reports.length, seconds, latenciesMs };
}

/** "One insert per report row", the earlier baseline: the report row alone, the columns the service names, autocommit. */
export async function oneInsertBaseline(pool: Pool, copied: CopiedReports, concurrency: number): Promise<BaselineRun> {
  const insert = insertStatement(ONE_INSERT_TABLE, REPORT_INSERT_COLUMNS);
  const latenciesMs: number[] = [];
  const seconds = await runConcurrently(copied.reports.length, concurrency, async (i) => {
    const sent = performance.now();
    await pool.query(insert, valuesOf(copied.reports[i].report, REPORT_INSERT_COLUMNS));
    latenciesMs.push(performance.now() - sent);
  });
  return { reports: copied.reports.length, seconds, latenciesMs };
}
