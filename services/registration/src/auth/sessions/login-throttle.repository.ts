import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LoginFailureState } from '@lc/auth';
import { SqlRunner } from '@lc/platform';

/**
 * Every statement on login_throttle: one row per (name as typed, lower-cased; client address). Names
 * are lower-cased here, so callers pass them as typed.
 */
@Injectable()
export class LoginThrottleRepository {
  /** Until when this address must wait for this name, if it has a row. */
  async lockedUntilFor(db: SqlRunner, loginName: string, client: string): Promise<Date | null | undefined> {
    const [row]: { locked_until: Date | null }[] = await db.query(
      `SELECT locked_until FROM login_throttle WHERE login_name = $1 AND client = $2`,
      [loginName.toLowerCase(), client],
    );
    return row?.locked_until;
  }

  /** The failures counted so far for this name and address, the row locked; null when there is none. */
  async lockFailures(tx: EntityManager, loginName: string, client: string): Promise<LoginFailureState | null> {
    const [row]: { failed_attempts: number; locked_until: Date | null }[] = await tx.query(
      `SELECT failed_attempts, locked_until FROM login_throttle WHERE login_name = $1 AND client = $2 FOR UPDATE`,
      [loginName.toLowerCase(), client],
    );
    return row ? { failedAttempts: row.failed_attempts, lockedUntil: row.locked_until } : null;
  }

  async saveFailures(tx: EntityManager, loginName: string, client: string, state: LoginFailureState, now: Date): Promise<void> {
    await tx.query(
      `INSERT INTO login_throttle (login_name, client, failed_attempts, locked_until, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (login_name, client) DO UPDATE SET failed_attempts = $3, locked_until = $4, updated_at = $5`,
      [loginName.toLowerCase(), client, state.failedAttempts, state.lockedUntil, now],
    );
  }

  /** Drops the rows not touched since `before`. */
  async deleteUntouchedSince(tx: EntityManager, before: Date): Promise<void> {
    await tx.query(`DELETE FROM login_throttle WHERE updated_at < $1`, [before]);
  }

  async deleteForClient(tx: EntityManager, loginName: string, client: string): Promise<void> {
    await tx.query(`DELETE FROM login_throttle WHERE login_name = $1 AND client = $2`, [loginName.toLowerCase(), client]);
  }

  async deleteForName(tx: EntityManager, loginName: string): Promise<void> {
    await tx.query(`DELETE FROM login_throttle WHERE login_name = $1`, [loginName.toLowerCase()]);
  }

  /** The latest lock of this name, at any address, still running at `now`. */
  async latestLock(db: SqlRunner, loginName: string, now: Date): Promise<Date | null> {
    const [row]: { until: Date | null }[] = await db.query(
      `SELECT max(locked_until) AS until FROM login_throttle WHERE login_name = $1 AND locked_until > $2`,
      [loginName.toLowerCase(), now],
    );
    return row?.until ?? null;
  }
}
