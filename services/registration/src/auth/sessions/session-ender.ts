import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SessionEndReason, sessionRevokedV1, SessionRevokedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { afterTransaction, recordRevokedSessions, RevokedSessions, SERVICE_CONFIG } from '@lc/platform';
import { RegistrationConfig } from '../../config/registration-config';

/** Allowance for clocks of other services running a little behind registration's. */
const CLOCK_SKEW_MS = 60_000;

/** Which open sessions to end. */
export type SessionSelection =
  | { sessionIds: string[] }
  | { userIds: string[] }
  /** Every user of a unit and the units under it. */
  | { unitPath: string };

/**
 * Ends login sessions in the caller's transaction: their refresh tokens stop working at once, and a
 * session.revoked event per user (through the outbox, after commit) makes every service refuse their
 * access tokens within seconds. Registration records them in its own table too, so it refuses them
 * even while Kafka is away.
 */
@Injectable()
export class SessionEnder {
  constructor(
    private readonly outbox: OutboxPublisher,
    private readonly revokedSessions: RevokedSessions,
    @Inject(SERVICE_CONFIG) private readonly config: RegistrationConfig,
  ) {}

  async end(tx: EntityManager, selection: SessionSelection, reason: SessionEndReason, correlationId: string): Promise<number> {
    const now = new Date();
    const [where, param] =
      'sessionIds' in selection
        ? ['s.id = ANY($3::uuid[])', selection.sessionIds]
        : 'userIds' in selection
          ? ['s.user_id = ANY($3::uuid[])', selection.userIds]
          : [
              `s.user_id IN (SELECT u.id FROM users u JOIN org_units o ON o.id = u.org_unit_id WHERE o.path = $3 OR starts_with(o.path, $3 || '/'))`,
              selection.unitPath,
            ];
    const [rows]: [{ id: string; user_id: string }[], number] = await tx.query(
      `UPDATE sessions s SET ended_at = $1, end_reason = $2
        WHERE ${where} AND s.ended_at IS NULL AND s.expires_at > $1
       RETURNING s.id, s.user_id`,
      [now, reason, param],
    );
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
