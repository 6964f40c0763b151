import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { sleep } from './timing';

/** How often pg_stat_activity is looked at. */
export const SAMPLE_EVERY_MS = Number(process.env.BENCH_WAIT_SAMPLE_MS ?? 20);

/**
 * Connection time of the database's client backends by what they were doing, in ms: `Lock:<event>`
 * (waiting for a heavyweight lock: a row, a transaction, an advisory lock, the cluster-wide NOTIFY
 * queue lock), `LWLock:<event>` (an internal lock: WAL insertion or flush, buffer mapping), other
 * waits (`IO:WALSync`, `Client:ClientRead` of an active query), `running` (on CPU or runnable), and
 * `idle in transaction` (a transaction open while its client works or is on its way back).
 * `lockWaitsByStatement`: the lock waits by event and the statement that waited (its start), the
 * longest few, which says whose lock it is (a NOTIFY's queue lock is waited for by COMMIT).
 */
export interface WaitProfile {
  samples: number;
  meanSampleIntervalMs: number;
  lockWaitMs: number;
  lwlockWaitMs: number;
  byState: Record<string, number>;
  lockWaitsByStatement: Record<string, number>;
}

const STATEMENTS_SHOWN = 5;
const STATEMENT_CHARS = 60;

interface ActivityRow {
  state: string;
  wait_event_type: string | null;
  wait_event: string | null;
  query: string;
}

function stateOf(row: ActivityRow): string {
  if (row.state.startsWith('idle in transaction')) return 'idle in transaction';
  return row.wait_event_type ? `${row.wait_event_type}:${row.wait_event}` : 'running';
}

const add = (totals: Map<string, number>, key: string, ms: number) => totals.set(key, (totals.get(key) ?? 0) + ms);

/** The largest entries first, `limit` of them, in whole ms. */
function largest(totals: Map<string, number>, limit = Infinity): Record<string, number> {
  return Object.fromEntries([...totals].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([key, ms]) => [key, Math.round(ms)]));
}

function profileOf(byState: Map<string, number>, byStatement: Map<string, number>, samples: number, elapsedMs: number): WaitProfile {
  const sum = (prefix: string) => [...byState].filter(([key]) => key.startsWith(prefix)).reduce((total, [, ms]) => total + ms, 0);
  return {
    samples,
    meanSampleIntervalMs: Math.round((elapsedMs / Math.max(1, samples)) * 10) / 10,
    lockWaitMs: Math.round(sum('Lock:')),
    lwlockWaitMs: Math.round(sum('LWLock:')),
    byState: largest(byState),
    lockWaitsByStatement: largest(byStatement, STATEMENTS_SHOWN),
  };
}

/**
 * Samples what the benchmark database's connections are doing every SAMPLE_EVERY_MS until `stop`.
 * Each sample stands for the time since the one before: on a busy machine a sample comes late, and
 * counting it as the nominal interval would understate the waits. Idle connections are not counted.
 * Runs on a connection of its own, which it leaves out, as it does the pids in `ignore`.
 */
export async function startWaitSampler(databaseUrl: string, ignore: readonly number[]) {
  const sql = new Client({ connectionString: databaseUrl, application_name: 'bench-wait-sampler' });
  await sql.connect();
  const [{ pid }] = (await sql.query(`SELECT pg_backend_pid() AS pid`)).rows;
  const byState = new Map<string, number>();
  const byStatement = new Map<string, number>();
  let samples = 0;
  let stopped = false;
  const started = performance.now();
  const sampleOnce = async (weightMs: number) => {
    const { rows } = await sql.query(
      `SELECT state, wait_event_type, wait_event, query FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND state <> 'idle'
          AND pid <> pg_backend_pid() AND pid <> ALL($1::int[])`,
      [ignore],
    );
    for (const row of rows as ActivityRow[]) {
      add(byState, stateOf(row), weightMs);
      if (row.wait_event_type === 'Lock') add(byStatement, `${row.wait_event}: ${row.query.replace(/\s+/g, ' ').trim().slice(0, STATEMENT_CHARS)}`, weightMs);
    }
    samples++;
  };
  const loop = async () => {
    let previous = performance.now() - SAMPLE_EVERY_MS;
    while (!stopped) {
      const at = performance.now();
      await sampleOnce(at - previous);
      previous = at;
      await sleep(Math.max(0, SAMPLE_EVERY_MS - (performance.now() - at)));
    }
  };
  let failure: unknown;
  const done = loop().catch((err: unknown) => (failure = err));
  return {
    /** The sampler's own backend, for others to leave out too. */
    pid: Number(pid),
    stop: async (): Promise<WaitProfile> => {
      stopped = true;
      await done;
      await sql.end();
      if (failure) throw failure;
      return profileOf(byState, byStatement, samples, performance.now() - started);
    },
  };
}
