import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { hashPassword, needsRehash, verifyPassword } from '@lc/auth';
import { OrgUnitOrmEntity } from '../../org-units/org-unit.orm-entity';
import { UserOrmEntity } from '../../users/user.orm-entity';
import { LoginThrottle } from '../sessions/login-throttle';
import { LoginFailed } from '../auth.errors';

/** Who presented the password, and from where; for the throttle and the audit trail. */
export interface LoginAttempt {
  username: string;
  password: string;
  /** The client's address as this service sees it. */
  client: string;
  correlationId: string;
}

/** A user whose password was right and who may log in, with the row locked in `tx`. */
export interface Authenticated {
  user: UserOrmEntity & { passwordHash: string };
  unit: OrgUnitOrmEntity;
  tx: EntityManager;
}

/**
 * Checks a name and password. Every failure gets the same answer (401, one message) after the same
 * work (one scrypt, against a decoy hash when there is no user or no password), so neither the answer
 * nor its time tells whether a name exists, has a password, or is deactivated; the audit trail keeps
 * the real reason. Failures count per (name, address) in the LoginThrottle. Every attempt is audited.
 */
@Injectable()
export class Authenticator {
  /** Verified against when there is no hash to check, so that every failure costs one scrypt. */
  private readonly decoyHash = hashPassword('decoy password for unknown usernames');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * The password is checked (scrypt: tens of milliseconds of CPU) before the transaction, which then
   * only takes the user's row, re-reads it and records the outcome: a transaction waits on nothing but
   * its own connection. On success `then` runs in that transaction; failures are committed (the count,
   * the audit entry) before they are thrown.
   */
  async authenticate<T>(attempt: LoginAttempt, then: (ok: Authenticated) => Promise<T>): Promise<T> {
    const { username, password, client, correlationId } = attempt;
    await this.throttle.assertOpen(this.dataSource, username, client);
    const found = await this.findUser(this.dataSource.manager, username);
    const matches = await verifyPassword(password, found?.passwordHash ?? (await this.decoyHash));
    const rehashed = matches && found?.passwordHash && needsRehash(found.passwordHash) ? await hashPassword(password) : undefined;

    const outcome = await this.dataSource.transaction(async (tx): Promise<{ error: Error } | { value: T }> => {
      const user = found && (await this.findUser(tx, username, true));
      const unit = user ? await tx.findOneByOrFail(OrgUnitOrmEntity, { id: user.orgUnitId }) : null;
      const refusal = !user || !unit
        ? `unknown username '${username.slice(0, 64)}'`
        : !user.passwordHash
          ? 'no password has been set'
          : // Changed between the check and the lock: the check says nothing about the new one.
            user.passwordHash !== found?.passwordHash || !matches
            ? 'wrong password'
            : !user.active
              ? 'account deactivated'
              : !unit.active
                ? `unit ${unit.id} deactivated`
                : null;
      if (refusal !== null || !user || !unit) {
        const state = await this.throttle.failed(tx, username, client);
        const reason = `${refusal} (${state.failedAttempts} in a row from this address)`;
        await this.record(tx, 'user.login-failed', user, unit, correlationId, reason);
        const locked = this.throttle.lockedError(state);
        if (locked) await this.record(tx, 'user.login-throttled', user, unit, correlationId, `${state.failedAttempts} failed logins in a row from ${client}`);
        return { error: locked ?? new LoginFailed() };
      }
      await this.throttle.succeeded(tx, username, client);
      if (rehashed) {
        await tx.update(UserOrmEntity, { id: user.id }, { passwordHash: rehashed });
        user.passwordHash = rehashed;
      }
      return { value: await then({ user: user as Authenticated['user'], unit, tx }) };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  }

  /** The user by username (case-insensitive), with the password hash; with the row locked when asked. */
  private findUser(manager: EntityManager, username: string, lock = false): Promise<UserOrmEntity | null> {
    const query = manager
      .getRepository(UserOrmEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.username) = lower(:username)', { username });
    return (lock ? query.setLock('pessimistic_write') : query).getOne();
  }

  async record(
    tx: EntityManager,
    action: string,
    user: UserOrmEntity | null,
    unit: OrgUnitOrmEntity | null,
    correlationId: string,
    reason: string | null,
  ): Promise<void> {
    const userId = user?.id ?? 'anonymous';
    await this.audit.append(tx, {
      actor: { userId, orgUnitId: user?.orgUnitId ?? '-' },
      action,
      entity: { type: 'user', id: userId, orgUnitId: unit?.id ?? null, orgPath: unit?.path ?? null },
      reason,
      correlationId,
    });
  }
}
