import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashRefreshToken } from '@lc/auth';
import type { SessionEndReason } from '@lc/contracts';
import { OrgUnitOrmEntity } from '../../org-units/org-unit.orm-entity';
import { UserOrmEntity } from '../../users/user.orm-entity';
import { Authenticator } from '../login/authenticator';
import { SessionEnder } from '../sessions/session-ender';
import { SessionRepository } from '../sessions/session.repository';
import { SessionGrant, SessionOpener } from '../sessions/session-opener';
import { SessionTokensDto } from '../sessions/session-tokens.dto';
import { RefreshRefused } from '../auth.errors';

/**
 * Exchanges a refresh token for the next one and a fresh access token with the user's roles and unit
 * as they are now. A refresh token works once: one presented again (a copy in two hands, the user's
 * and a thief's) ends its whole session, so whoever holds a copy is cut off too (OAuth 2.0 Security
 * BCP, refresh token rotation). A deactivated user or unit cannot refresh.
 */
@Injectable()
export class RefreshService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionRepository,
    private readonly opener: SessionOpener,
    private readonly ender: SessionEnder,
    private readonly authenticator: Authenticator,
  ) {}

  async refresh(refreshToken: string, correlationId: string): Promise<SessionTokensDto> {
    const hash = hashRefreshToken(refreshToken);
    const outcome = await this.dataSource.transaction(async (tx): Promise<{ grant: SessionGrant } | { error: Error }> => {
      // The user's row first, then the session's: the order every change that ends sessions takes.
      const found = (await this.sessions.byRefreshHash(tx, hash)) ?? (await this.sessions.bySpentRefreshHash(tx, hash));
      if (!found) return { error: new RefreshRefused() };
      const user = await tx.findOne(UserOrmEntity, { where: { id: found.user_id }, lock: { mode: 'pessimistic_write' } });
      const session = await this.sessions.lock(tx, found.id);
      const unit = user && (await tx.findOneBy(OrgUnitOrmEntity, { id: user.orgUnitId }));
      if (!user || !unit || !session) return { error: new RefreshRefused() };

      if (session.refresh_hash !== hash) {
        if (session.ended_at === null) {
          await this.ender.end(tx, { sessionIds: [session.id] }, 'refresh-token-reused', correlationId);
          await this.authenticator.record(tx, 'user.session-ended', user, unit, correlationId, 'a spent refresh token was presented again: the session is ended');
        }
        return { error: new RefreshRefused() };
      }
      if (session.ended_at !== null || session.expires_at <= new Date()) return { error: new RefreshRefused() };
      const stop: SessionEndReason | null = !user.active ? 'user-deactivated' : !unit.active ? 'unit-deactivated' : null;
      if (stop) {
        await this.ender.end(tx, { sessionIds: [session.id] }, stop, correlationId);
        return { error: new RefreshRefused() };
      }
      return { grant: await this.opener.rotate(tx, session.id, hash, user, unit) };
    });
    if ('error' in outcome) throw outcome.error;
    return this.opener.tokensOf(outcome.grant);
  }
}
