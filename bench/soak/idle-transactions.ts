/**
 * Watches for connections left idle in a transaction: pg_stat_activity sampled every second during
 * the run (and once at the end), keeping the longest time each backend's transaction sat idle. A
 * service that holds a transaction open while it waits on something else (Kafka, Temporal, a lock in
 * its own code) holds row locks and blocks vacuum: it shows here.
 */
import { Client } from 'pg';
import { errorText, sleep } from './log';

export interface IdleTransaction {
  pid: number;
  application: string;
  /** Idle time, less the time Postgres was frozen meanwhile. */
  idleMs: number;
  /** The part of the observed idle time during which Postgres was frozen (not counted in idleMs). */
  frozenMs: number;
  query: string;
  seenAt: string;
}

const SAMPLE_SQL = `
  SELECT pid, application_name, query,
         (extract(epoch FROM clock_timestamp() - state_change) * 1000)::bigint AS idle_ms
    FROM pg_stat_activity
   WHERE datname = $1 AND state IN ('idle in transaction', 'idle in transaction (aborted)') AND pid <> pg_backend_pid()`;

export class IdleTransactionWatch {
  /** The longest idle time seen per backend and transaction (pid + query). */
  private readonly longest = new Map<string, IdleTransaction>();
  samples = 0;
  failedSamples = 0;
  lastError?: string;
  private stopped = false;
  private loop?: Promise<void>;
  private client?: Client;

  constructor(
    private readonly databaseUrl: string,
    private readonly database: string,
    /**
     * When Postgres was frozen (the pause fault): a transaction whose next statement was sent while the
     * server was stopped looks idle for that time, which is not its client's doing; it is not counted.
     */
    private readonly frozenWindows: () => { from: number; to: number }[] = () => [],
  ) {}

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  /** One more sample now (the end-of-run look). */
  async sampleOnce(): Promise<void> {
    await this.sample();
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }

  /** Transactions idle longer than `overMs`, longest first. */
  over(overMs: number): IdleTransaction[] {
    return [...this.longest.values()].filter((t) => t.idleMs > overMs).sort((a, b) => b.idleMs - a.idleMs);
  }

  longestSeen(): IdleTransaction | undefined {
    return [...this.longest.values()].sort((a, b) => b.idleMs - a.idleMs)[0];
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const started = Date.now();
      await this.sample();
      await sleep(1000 - (Date.now() - started));
    }
    await this.client?.end().catch(() => undefined);
  }

  private async sample(): Promise<void> {
    try {
      // A connection of its own, made again after an error (Postgres frozen, a query that timed out).
      if (!this.client) {
        const client = new Client({ connectionString: this.databaseUrl, query_timeout: 3_000, connectionTimeoutMillis: 3_000, application_name: 'soak-idle-watch' });
        client.on('error', () => undefined);
        await client.connect();
        this.client = client;
      }
      const { rows } = await this.client.query(SAMPLE_SQL, [this.database]);
      this.samples++;
      const now = Date.now();
      for (const row of rows) {
        const key = `${row.pid}:${row.query}`;
        const rawMs = Number(row.idle_ms);
        const frozenMs = this.frozenWindows().reduce((sum, w) => sum + Math.max(0, Math.min(now, w.to) - Math.max(now - rawMs, w.from)), 0);
        const idleMs = Math.max(0, rawMs - frozenMs);
        if ((this.longest.get(key)?.idleMs ?? -1) < idleMs) {
          this.longest.set(key, { pid: row.pid, application: row.application_name, idleMs, frozenMs, query: String(row.query).slice(0, 200), seenAt: new Date().toISOString() });
        }
      }
    } catch (err) {
      // Postgres frozen or restarting: this sample is lost, counted, and the next one reconnects.
      this.failedSamples++;
      this.lastError = errorText(err);
      // Not awaited: ending a connection to a frozen server waits until it thaws.
      void this.client?.end().catch(() => undefined);
      this.client = undefined;
    }
  }
}
