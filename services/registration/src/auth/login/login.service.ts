import { ForbiddenException, HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { afterFailedLogin, hashPassword, isLocked, needsRehash, Principal, TokenIssuer, verifyPassword } from '@lc/auth';
import { SERVICE_CONFIG } from '@lc/platform';
import { RegistrationConfig } from '../../config/registration-config';
import { OrgUnitOrmEntity } from '../../org-units/org-unit.orm-entity';
import { UserOrmEntity } from '../../users/user.orm-entity';

export interface LoginResult {
  accessToken: string;
  expiresInSeconds: number;
  principal: Principal;
}

const WRONG_CREDENTIALS = 'username or password is wrong';

/**
 * Checks a password and issues an access token. Every outcome is audited. A wrong password counts
 * against the account and locks it after LOGIN_MAX_FAILURES in a row; while locked, even the right
 * password is refused, so a guesser learns nothing.
 */
@Injectable()
export class LoginService {
  /** Verified against when the username is unknown, so that an unknown name takes as long as a known one. */
  private readonly decoyHash = hashPassword('decoy password for unknown usernames');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: RegistrationConfig,
    private readonly issuer: TokenIssuer,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * The password is checked (scrypt: tens of milliseconds of CPU) before the transaction, which then
   * only takes the user's row, re-reads its count and lock, and records the outcome: a transaction
   * waits on nothing but its own connection, and a slow check never holds the row.
   */
  async login(username: string, password: string, correlationId: string): Promise<LoginResult> {
    const found = await this.findUser(this.dataSource.manager, username);
    const passwordMatches = await this.passwordMatches(password, found?.passwordHash ?? null);
    const rehashed = passwordMatches && found?.passwordHash && needsRehash(found.passwordHash) ? await hashPassword(password) : undefined;

    const outcome = await this.dataSource.transaction(async (tx) => {
      const user = found && (await this.findUser(tx, username, true));
      if (!user) {
        await this.record(tx, 'user.login-failed', { userId: 'anonymous', orgUnitId: '-' }, null, correlationId, `unknown username '${username.slice(0, 64)}'`);
        return { error: new UnauthorizedException(WRONG_CREDENTIALS) };
      }
      const unit = await tx.findOneByOrFail(OrgUnitOrmEntity, { id: user.orgUnitId });
      const now = new Date();
      const { lockedUntil } = user;
      if (lockedUntil && isLocked({ failedAttempts: user.failedAttempts, lockedUntil }, now)) {
        await this.record(tx, 'user.login-refused', user, unit, correlationId, 'account locked');
        return { error: lockedError(lockedUntil) };
      }
      // The password was changed between the check and the lock: the check says nothing about the new one.
      if (user.passwordHash !== found.passwordHash) return { error: new UnauthorizedException(WRONG_CREDENTIALS) };
      if (!passwordMatches) {
        const next = afterFailedLogin({ failedAttempts: user.failedAttempts, lockedUntil: user.lockedUntil }, now, {
          maxFailures: this.config.LOGIN_MAX_FAILURES,
          lockMinutes: this.config.LOGIN_LOCK_MINUTES,
        });
        await tx.update(UserOrmEntity, { id: user.id }, { failedAttempts: next.failedAttempts, lockedUntil: next.lockedUntil });
        const reason = user.passwordHash ? `wrong password (${next.failedAttempts} in a row)` : 'no password has been set';
        await this.record(tx, 'user.login-failed', user, unit, correlationId, reason);
        if (next.lockedUntil) {
          await this.record(tx, 'user.locked', user, unit, correlationId, `${next.failedAttempts} failed logins in a row`);
          return { error: lockedError(next.lockedUntil) };
        }
        return { error: new UnauthorizedException(WRONG_CREDENTIALS) };
      }
      if (!user.active || !unit.active) {
        const reason = user.active ? `unit ${unit.id} deactivated` : 'account deactivated';
        await this.record(tx, 'user.login-refused', user, unit, correlationId, reason);
        return {
          error: new ForbiddenException(
            user.active ? `your unit ${unit.id} (${unit.name}) has been deactivated` : 'this account has been deactivated',
          ),
        };
      }

      const changes: Partial<UserOrmEntity> = { failedAttempts: 0, lockedUntil: null };
      if (rehashed) changes.passwordHash = rehashed;
      await tx.update(UserOrmEntity, { id: user.id }, changes);
      await this.record(tx, 'user.logged-in', user, unit, correlationId, null);
      const principal: Principal = {
        userId: user.id,
        displayName: user.displayName,
        orgUnitId: unit.id,
        orgPath: unit.path,
        roles: user.roles,
      };
      return { principal };
    });
    // Failures are committed (the count, the lock, the audit entry) before they are reported.
    if ('error' in outcome) throw outcome.error;
    const accessToken = await this.issuer.issue(outcome.principal);
    return { accessToken, expiresInSeconds: this.config.ACCESS_TOKEN_TTL_MINUTES * 60, principal: outcome.principal };
  }

  /** Without a hash (no such user, or no password set) the decoy is checked, so that the answer takes as long. */
  private async passwordMatches(password: string, hash: string | null): Promise<boolean> {
    if (hash) return verifyPassword(password, hash);
    await verifyPassword(password, await this.decoyHash);
    return false;
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

  private async record(
    tx: EntityManager,
    action: string,
    user: { id?: string; userId?: string; orgUnitId: string },
    unit: OrgUnitOrmEntity | null,
    correlationId: string,
    reason: string | null,
  ): Promise<void> {
    const userId = user.id ?? user.userId ?? 'anonymous';
    await this.audit.append(tx, {
      actor: { userId, orgUnitId: user.orgUnitId },
      action,
      entity: { type: 'user', id: userId, orgUnitId: unit?.id ?? null, orgPath: unit?.path ?? null },
      reason,
      correlationId,
    });
  }
}

function lockedError(until: Date): HttpException {
  return new HttpException(
    `this account is locked after repeated failed logins until ${until.toISOString()}; wait, or ask your union to unlock it`,
    HttpStatus.LOCKED,
  );
}
