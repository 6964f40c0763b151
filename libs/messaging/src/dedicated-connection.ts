import { Client, ClientConfig, Notification, Pool } from 'pg';
import { DataSource } from 'typeorm';

/**
 * A connection of its own, outside the service's pool, for a background loop (a relay, the sealer):
 * it listens for notifications and may hold a session lock that makes its loop the only one of the
 * service working. It never holds a transaction open: each statement commits on its own, so nothing
 * waits on it while the loop talks to Kafka or Temporal.
 *
 * When the connection breaks, the lock is gone with it (Postgres releases a session's locks when the
 * session ends); `ensure` connects again and the loop must take the lock again before working.
 */
export class DedicatedConnection {
  private client?: Client;
  private connecting?: Promise<Client>;
  private readonly listeners: { channel: string; onNotify: (payload: string | undefined) => void }[] = [];
  private locked = new Set<string>();

  constructor(
    private readonly config: ClientConfig,
    /** Shown in pg_stat_activity.application_name. */
    private readonly name: string,
  ) {}

  /** The settings of the data source's pool (URL, search_path, timeouts), for a connection of one's own. */
  static of(dataSource: DataSource, name: string): DedicatedConnection {
    const pool = (dataSource.driver as unknown as { master: Pool & { options: ClientConfig } }).master;
    return new DedicatedConnection(pool.options, name);
  }

  /** Calls `onNotify` for each NOTIFY on the channel, from the next connect on. */
  listen(channel: string, onNotify: (payload: string | undefined) => void): void {
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
    this.listeners.push({ channel, onNotify });
  }

  get connected(): boolean {
    return this.client !== undefined;
  }

  async ensure(): Promise<Client> {
    if (this.client) return this.client;
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  /**
   * Takes (or confirms it holds) a session-level advisory lock named by `key` and the schema, without
   * waiting: true when this connection holds it.
   */
  async tryLock(key: string): Promise<boolean> {
    if (this.locked.has(key)) return true;
    const client = await this.ensure();
    const { rows } = await client.query(`SELECT pg_try_advisory_lock(hashtext($1), hashtext(current_schema())) AS locked`, [key]);
    if (rows[0].locked) this.locked.add(key);
    return rows[0].locked;
  }

  holds(key: string): boolean {
    return this.locked.has(key);
  }

  async query<T>(text: string, params: unknown[] = []): Promise<T[]> {
    const client = await this.ensure();
    return (await client.query(text, params)).rows as T[];
  }

  /** Drops the connection (and with it any lock); the next `ensure` connects again. */
  async close(): Promise<void> {
    const client = this.client;
    this.forget();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<Client> {
    const client = new Client({ ...this.config, application_name: this.name });
    client.on('error', () => {
      if (this.client === client) this.forget();
    });
    client.on('end', () => {
      if (this.client === client) this.forget();
    });
    client.on('notification', (n: Notification) => {
      for (const l of this.listeners) if (l.channel === n.channel) l.onNotify(n.payload);
    });
    try {
      await client.connect();
      for (const channel of new Set(this.listeners.map((l) => l.channel))) await client.query(`LISTEN ${channel}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    this.client = client;
    return client;
  }

  private forget(): void {
    this.client = undefined;
    this.locked = new Set();
  }
}
