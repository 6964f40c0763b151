import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login sessions with rotated refresh tokens, temporary passwords, failed-login throttling per
 * (name, address), and a change counter on users now that their published state changes.
 */
export class Sessions1732300000150 implements MigrationInterface {
  name = 'Sessions1732300000150';

  async up(q: QueryRunner): Promise<void> {
    // A session from login until logout, its end by registration, or SESSION_TTL_HOURS. Only the
    // SHA-256 of its current refresh token is kept.
    await q.query(`
      CREATE TABLE sessions (
        id            uuid PRIMARY KEY,
        user_id       uuid NOT NULL REFERENCES users (id),
        refresh_hash  text NOT NULL UNIQUE,
        created_at    timestamptz NOT NULL,
        refreshed_at  timestamptz NOT NULL,
        expires_at    timestamptz NOT NULL,
        ended_at      timestamptz,
        end_reason    text,
        CONSTRAINT sessions_end_recorded CHECK ((ended_at IS NULL) = (end_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX sessions_open_by_user_idx ON sessions (user_id) WHERE ended_at IS NULL`);
    // Refresh tokens already used: one presented again means a copy is in someone else's hands, and
    // its whole session is ended (refresh token reuse detection).
    await q.query(`
      CREATE TABLE spent_refresh_tokens (
        refresh_hash  text PRIMARY KEY,
        session_id    uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        spent_at      timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX spent_refresh_tokens_session_idx ON spent_refresh_tokens (session_id)`);

    // Failed logins per (lower-cased name as typed, client address), for names that exist or not.
    await q.query(`
      CREATE TABLE login_throttle (
        login_name       text NOT NULL,
        client           text NOT NULL,
        failed_attempts  integer NOT NULL,
        locked_until     timestamptz,
        updated_at       timestamptz NOT NULL,
        PRIMARY KEY (login_name, client)
      )`);
    await q.query(`CREATE INDEX login_throttle_updated_idx ON login_throttle (updated_at)`);
    // The per-account lock is replaced by the throttle above: anyone could keep an account locked.
    await q.query(`ALTER TABLE users DROP COLUMN failed_attempts, DROP COLUMN locked_until`);

    // A password someone else set (a cadre creating the account or resetting it) must be replaced by
    // the user at their next login; who set it and when is shown to them then. The setter is kept as
    // the audit trail keeps actors (their user id as text).
    await q.query(`
      ALTER TABLE users
        ADD COLUMN password_change_required boolean NOT NULL DEFAULT false,
        ADD COLUMN password_set_by text,
        ADD COLUMN password_set_at timestamptz,
        ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN password_change_required, DROP COLUMN password_set_by, DROP COLUMN password_set_at, DROP COLUMN version`);
    await q.query(`ALTER TABLE users ADD COLUMN failed_attempts integer NOT NULL DEFAULT 0, ADD COLUMN locked_until timestamptz`);
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`DROP TABLE spent_refresh_tokens`);
    await q.query(`DROP TABLE sessions`);
  }
}
