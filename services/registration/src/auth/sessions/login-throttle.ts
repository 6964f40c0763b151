import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { afterFailedLogin, afterSuccessfulLogin, isLocked, LoginFailureState } from '@lc/auth';
import { SERVICE_CONFIG, SqlRunner, TooManyRequests } from '@lc/platform';
import { RegistrationConfig } from '../../config/registration-config';

/** A login refused for a while: 429 with Retry-After, the same whether the name exists or not. */
export class LoginThrottled extends TooManyRequests {
  constructor(retryAfterSeconds: number) {
    super(
      {
        en: `too many failed logins for this username from your address; try again in ${retryAfterSeconds} seconds, or ask your union to unlock it`,
        zh: `该用户名在您的地址登录失败次数过多，请 ${retryAfterSeconds} 秒后再试，或请所在工会解锁`,
      },
      retryAfterSeconds,
      'login-throttled',
    );
  }
}

/**
 * Failed logins per (name as typed, lower-cased; client address), for names that exist or not, so the
 * answer tells nothing about which names exist. After LOGIN_MAX_FAILURES in a row that address waits
 * LOGIN_LOCK_MINUTES for that name; the owner, from their own address, is not kept out. Rows are kept
 * in the database, so every instance of registration counts the same failures.
 */
@Injectable()
export class LoginThrottle {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: RegistrationConfig) {}

  /** Refuses with 429 while this address must wait for this name. */
  async assertOpen(db: SqlRunner, loginName: string, client: string, now = new Date()): Promise<void> {
    const [row]: { locked_until: Date | null }[] = await db.query(
      `SELECT locked_until FROM login_throttle WHERE login_name = $1 AND client = $2`,
      [loginName.toLowerCase(), client],
    );
    if (row?.locked_until && row.locked_until > now) throw new LoginThrottled(secondsUntil(row.locked_until, now));
  }

  /** Counts a failure; the state after it (locked when this one reached the limit). */
  async failed(tx: EntityManager, loginName: string, client: string, now = new Date()): Promise<LoginFailureState> {
    const [row]: { failed_attempts: number; locked_until: Date | null }[] = await tx.query(
      `SELECT failed_attempts, locked_until FROM login_throttle WHERE login_name = $1 AND client = $2 FOR UPDATE`,
      [loginName.toLowerCase(), client],
    );
    const next = afterFailedLogin(row ? { failedAttempts: row.failed_attempts, lockedUntil: row.locked_until } : afterSuccessfulLogin(), now, {
      maxFailures: this.config.LOGIN_MAX_FAILURES,
      lockMinutes: this.config.LOGIN_LOCK_MINUTES,
    });
    await tx.query(
      `INSERT INTO login_throttle (login_name, client, failed_attempts, locked_until, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (login_name, client) DO UPDATE SET failed_attempts = $3, locked_until = $4, updated_at = $5`,
      [loginName.toLowerCase(), client, next.failedAttempts, next.lockedUntil, now],
    );
    // Old rows of names nobody tries any more go now and then; a row matters only while it counts or locks.
    if (Math.random() < 0.01) {
      await tx.query(`DELETE FROM login_throttle WHERE updated_at < $1`, [new Date(now.getTime() - 24 * 3_600_000)]);
    }
    return next;
  }

  lockedError(state: LoginFailureState, now = new Date()): LoginThrottled | null {
    return state.lockedUntil && isLocked(state, now) ? new LoginThrottled(secondsUntil(state.lockedUntil, now)) : null;
  }

  /** A successful login from this address forgets its failures. */
  async succeeded(tx: EntityManager, loginName: string, client: string): Promise<void> {
    await tx.query(`DELETE FROM login_throttle WHERE login_name = $1 AND client = $2`, [loginName.toLowerCase(), client]);
  }

  /** A cadre unlocking the account, or setting its password: every address may try again. */
  async forgetName(tx: EntityManager, loginName: string): Promise<void> {
    await tx.query(`DELETE FROM login_throttle WHERE login_name = $1`, [loginName.toLowerCase()]);
  }

  /** Until when some address must wait for this name, for a cadre looking at the account. */
  async lockedUntil(db: SqlRunner, loginName: string, now = new Date()): Promise<Date | null> {
    const [row]: { until: Date | null }[] = await db.query(
      `SELECT max(locked_until) AS until FROM login_throttle WHERE login_name = $1 AND locked_until > $2`,
      [loginName.toLowerCase(), now],
    );
    return row?.until ?? null;
  }
}

const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
