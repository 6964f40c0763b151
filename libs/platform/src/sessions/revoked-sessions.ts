import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { errorMessage } from '@lc/messaging';

/** How often the table is read again: another instance's consumer may have written to it. */
export const REVOKED_SESSIONS_RELOAD_MS = 1_000;
/** How often rows whose tokens have all expired are deleted. */
const PRUNE_EVERY_MS = 60_000;

/**
 * The ended sessions whose access tokens this service refuses, in memory for the access guard (a
 * check on every request must not cost a query). Loaded from the revoked_sessions table before the
 * service takes requests, so a restarted service refuses what it refused before; then read again
 * every second, and at once when this process's consumer has written to it.
 *
 * The bound: while Kafka runs, a session ended at registration is refused here within a second or
 * two of its end. Should this service miss the event (Kafka down), the access token's own lifetime
 * (minutes) bounds how long it is still accepted; refreshing it is refused by registration anyway.
 */
@Injectable()
export class RevokedSessions implements OnModuleInit, OnModuleDestroy {
  /** Session id → when its last token expires (ms); after that it need not be remembered. */
  private revoked = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private reloading?: Promise<void>;
  private lastPrune = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('RevokedSessions');
  }

  isRevoked(sessionId: string, now = Date.now()): boolean {
    const until = this.revoked.get(sessionId);
    return until !== undefined && until > now;
  }

  async onModuleInit(): Promise<void> {
    await this.load();
    this.timer = setInterval(() => void this.reload(), REVOKED_SESSIONS_RELOAD_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Reads the table again; a failure (the database away for a moment) keeps what is known. */
  reload(): Promise<void> {
    this.reloading ??= this.load()
      .catch((err) => this.logger.warn({ err: errorMessage(err) }, 'reading revoked sessions failed; keeping the ones known'))
      .finally(() => (this.reloading = undefined));
    return this.reloading;
  }

  private async load(): Promise<void> {
    const rows: { session_id: string; until_ms: string }[] = await this.dataSource.query(
      `SELECT session_id, (extract(epoch FROM tokens_expire_by) * 1000)::bigint AS until_ms
         FROM revoked_sessions WHERE tokens_expire_by > now()`,
    );
    this.revoked = new Map(rows.map((r) => [r.session_id, Number(r.until_ms)]));
    if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = Date.now();
      await this.dataSource.query(`DELETE FROM revoked_sessions WHERE tokens_expire_by < now() - interval '1 minute'`);
    }
  }
}
