import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { newRefreshToken, Principal, TokenIssuer } from '@lc/auth';
import { SERVICE_CONFIG } from '@lc/platform';
import { RegistrationConfig } from '../../config/registration-config';
import { OrgUnitOrmEntity } from '../../org-units/org-unit.orm-entity';
import { UserOrmEntity } from '../../users/user.orm-entity';
import { SessionRepository } from './session.repository';
import { SessionTokensDto } from './session-tokens.dto';

/** A session opened or refreshed in a transaction; its access token is signed once that commits. */
export interface SessionGrant {
  sessionId: string;
  refreshToken: string;
  principal: Principal;
}

/** The principal a token carries: the user as they are now, with their unit and its path. */
export const principalOf = (user: UserOrmEntity, unit: OrgUnitOrmEntity): Principal => ({
  userId: user.id,
  displayName: user.displayName,
  orgUnitId: unit.id,
  orgPath: unit.path,
  roles: user.roles,
});

/** A session this long past its end is of no more use: every access token of it ran out long before. */
const KEEP_AFTER_EXPIRY_MS = 24 * 3_600_000;
/** How many of those each new session clears: more than it adds, so the table holds about the live ones. */
const CLEARED_PER_LOGIN = 20;

/**
 * Opens login sessions and rotates their refresh tokens. A session lasts SESSION_TTL_HOURS from login
 * at most; each refresh spends its token and gives the next one, and re-reads the user's roles and unit.
 */
@Injectable()
export class SessionOpener {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly issuer: TokenIssuer,
    @Inject(SERVICE_CONFIG) private readonly config: RegistrationConfig,
  ) {}

  async open(tx: EntityManager, user: UserOrmEntity, unit: OrgUnitOrmEntity, now = new Date()): Promise<SessionGrant> {
    const sessionId = randomUUID();
    const refresh = newRefreshToken();
    await this.sessions.insert(tx, {
      id: sessionId,
      userId: user.id,
      refreshHash: refresh.hash,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.SESSION_TTL_HOURS * 3_600_000),
    });
    await this.sessions.clearExpired(tx, new Date(now.getTime() - KEEP_AFTER_EXPIRY_MS), CLEARED_PER_LOGIN);
    return { sessionId, refreshToken: refresh.token, principal: principalOf(user, unit) };
  }

  /** Spends the session's current refresh token (kept, to recognise it if it comes back) and gives the next. */
  async rotate(tx: EntityManager, sessionId: string, spentHash: string, user: UserOrmEntity, unit: OrgUnitOrmEntity, now = new Date()): Promise<SessionGrant> {
    const refresh = newRefreshToken();
    await this.sessions.rotate(tx, sessionId, spentHash, refresh.hash, now);
    return { sessionId, refreshToken: refresh.token, principal: principalOf(user, unit) };
  }

  /** The answer to a login, a refresh or a password change: signed after the session's transaction has committed. */
  async tokensOf(grant: SessionGrant): Promise<SessionTokensDto> {
    return {
      accessToken: await this.issuer.issue(grant.principal, grant.sessionId),
      tokenType: 'Bearer',
      expiresIn: this.issuer.ttlSeconds,
      refreshToken: grant.refreshToken,
      user: grant.principal,
    };
  }
}
