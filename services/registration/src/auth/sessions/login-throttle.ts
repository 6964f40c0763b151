import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { afterFailedLogin, afterSuccessfulLogin, isLocked, LoginFailureState } from '@lc/auth';
import { SERVICE_CONFIG, SqlRunner, TooManyRequests } from '@lc/platform';
import { RegistrationConfig } from '../../config/registration-config';
import { LoginThrottleRepository } from './login-throttle.repository';

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
 * in the database (LoginThrottleRepository), so every instance of registration counts the same failures.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: RegistrationConfig,
    private readonly rows: LoginThrottleRepository,
  ) {}

  /** Refuses with 429 while this address must wait for this name. */
  async assertOpen(db: SqlRunner, loginName: string, client: string, now = new Date()): Promise<void> {
    const lockedUntil = await this.rows.lockedUntilFor(db, loginName, client);
    if (lockedUntil && lockedUntil > now) throw new LoginThrottled(secondsUntil(lockedUntil, now));
  }

  /** Counts a failure; the state after it (locked when this one reached the limit). */
  async failed(tx: EntityManager, loginName: string, client: string, now = new Date()): Promise<LoginFailureState> {
    const counted = await this.rows.lockFailures(tx, loginName, client);
    const next = afterFailedLogin(counted ?? afterSuccessfulLogin(), now, {
      maxFailures: this.config.LOGIN_MAX_FAILURES,
      lockMinutes: this.config.LOGIN_LOCK_MINUTES,
    });
    await this.rows.saveFailures(tx, loginName, client, next, now);
    // Old rows of names nobody tries any more go now and then; a row matters only while it counts or locks.
    if (Math.random() < 0.01) {
      await this.rows.deleteUntouchedSince(tx, new Date(now.getTime() - 24 * 3_600_000));
    }
    return next;
  }

  lockedError(state: LoginFailureState, now = new Date()): LoginThrottled | null {
    return state.lockedUntil && isLocked(state, now) ? new LoginThrottled(secondsUntil(state.lockedUntil, now)) : null;
  }

  /** A successful login from this address forgets its failures. */
  async succeeded(tx: EntityManager, loginName: string, client: string): Promise<void> {
    await this.rows.deleteForClient(tx, loginName, client);
  }

  /** A cadre unlocking the account, or setting its password: every address may try again. */
  async forgetName(tx: EntityManager, loginName: string): Promise<void> {
    await this.rows.deleteForName(tx, loginName);
  }

  /** Until when some address must wait for this name, for a cadre looking at the account. */
  async lockedUntil(db: SqlRunner, loginName: string, now = new Date()): Promise<Date | null> {
    return this.rows.latestLock(db, loginName, now);
  }
}

const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
