import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A service's record of ended login sessions, kept from session.revoked events, whose access tokens it
 * refuses. A row is needed only until `tokens_expire_by` (after that every token of the session has
 * expired anyway), so the table stays as small as the number of sessions ended within minutes.
 * Every instance of the service reads the whole (small) table every moment, so each refuses what
 * another instance's consumer wrote.
 */
export class RevokedSessions1732300000095 implements MigrationInterface {
  name = 'RevokedSessions1732300000095';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE revoked_sessions (
        session_id        text PRIMARY KEY,
        user_id           text NOT NULL,
        reason            text NOT NULL,
        revoked_at        timestamptz NOT NULL,
        tokens_expire_by  timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX revoked_sessions_expiry_idx ON revoked_sessions (tokens_expire_by)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE revoked_sessions`);
  }
}
