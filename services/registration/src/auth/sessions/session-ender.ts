import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SessionEndReason, sessionRevokedV1, SessionRevokedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { afterTransaction, recordRevokedSessions, RevokedSessions, SERVICE_CONFIG } from '@lc/platform';
import { RegistrationConfig } from '../../config/registration-config';
import { SessionRepository, SessionSelection } from './session.repository';

/** Allowance for clocks of other services running a little behind registration's. */
const CLOCK_SKEW_MS = 60_000;

export type { SessionSelection } from './session.repository';

/**
 * Ends login sessions in the caller's transaction: their refresh tokens stop working at once, and a
 * session.revoked event per user (through the outbox, after commit) makes every service refuse their
 * access tokens within seconds. Registration records them in its own table too, so it refuses them
 * even while Kafka is away.
 */
@Injectable()
export class SessionEnder {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly outbox: OutboxPublisher,
    private readonly revokedSessions: RevokedSessions,
    @Inject(SERVICE_CONFIG) private readonly config: RegistrationConfig,
  ) {}

  async end(tx: EntityManager, selection: SessionSelection, reason: SessionEndReason, correlationId: string): Promise<number> {
    const now = new Date();
    const rows = await this.sessions.end(tx, selection, reason, now);
    if (rows.length === 0) return 0;
    const byUser = new Map<string, string[]>();
    for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.id]);
    // Tokens of these sessions were issued until now at the latest, and each lives the access token's lifetime.
    const tokensExpireBy = new Date(now.getTime() + this.config.ACCESS_TOKEN_TTL_MINUTES * 60_000 + CLOCK_SKEW_MS);
    const revocations: SessionRevokedV1[] = [...byUser].map(([userId, sessionIds]) => ({
      userId,
      sessionIds,
      reason,
      revokedAt: now.toISOString(),
      tokensExpireBy: tokensExpireBy.toISOString(),
    }));
    for (const revoked of revocations) await recordRevokedSessions(tx, revoked);
    await this.outbox.publishMany(
      tx,
      sessionRevokedV1,
      revocations.map((payload) => ({ aggregateId: payload.userId, orgUnitId: null, correlationId, occurredAt: now, payload })),
    );
    await afterTransaction(() => this.revokedSessions.reload());
    return rows.length;
  }
}
