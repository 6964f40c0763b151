import type { SessionRevokedV1 } from '@lc/contracts';
import type { SqlRunner } from '../database/sql-runner';

/**
 * Writes ended sessions into the service's revoked_sessions table. Registration calls it in the
 * transaction that ends them (so it refuses their tokens even with Kafka down), and every service's
 * consumer calls it for the event; a session written twice stays one row.
 */
export async function recordRevokedSessions(db: SqlRunner, revoked: SessionRevokedV1): Promise<void> {
  await db.query(
    `INSERT INTO revoked_sessions (session_id, user_id, reason, revoked_at, tokens_expire_by)
     SELECT unnest($1::text[]), $2, $3, $4, $5
     ON CONFLICT (session_id) DO NOTHING`,
    [revoked.sessionIds, revoked.userId, revoked.reason, revoked.revokedAt, revoked.tokensExpireBy],
  );
}
