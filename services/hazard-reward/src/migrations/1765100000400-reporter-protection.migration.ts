import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporter protection and separation of duties:
 * - an anonymous report no longer keeps its reporter tag (an HMAC of the user id the service could
 *   recompute for anyone whose account it can reach); its reporter follows it with a report key and a
 *   PIN instead, of which only a digest and a slow hash are kept;
 * - failed key/PIN attempts are counted per key digest (known or not), so guessing is locked out alike;
 * - a paid reward of an anonymous report is claimed once with the key and PIN: a one-time claim code,
 *   kept as a digest, that the issuing union redeems once;
 * - reports per worker and hour are counted under an hourly keyed bucket, never next to a report;
 * - who set a union's budget for a year is kept, so they do not also verify what it pays.
 */
export class ReporterProtection1765100000400 implements MigrationInterface {
  name = 'ReporterProtection1765100000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE hazard_reports ALTER COLUMN reporter_tag DROP NOT NULL`);
    await q.query(`UPDATE hazard_reports SET reporter_tag = NULL WHERE anonymous`);
    await q.query(`ALTER TABLE hazard_reports ADD CONSTRAINT anonymous_report_untagged CHECK (anonymous = (reporter_tag IS NULL))`);

    await q.query(`
      CREATE TABLE anonymous_report_keys (
        report_id  uuid PRIMARY KEY REFERENCES hazard_reports (id),
        -- SHA-256 of the normalised report key (the key is random, 60 bits: a fast digest suffices to find it).
        key_digest text NOT NULL UNIQUE,
        -- scrypt of the PIN: what must resist offline guessing if the database leaks.
        pin_hash   text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE anonymous_key_attempts (
        key_digest   text PRIMARY KEY,
        failures     integer NOT NULL CHECK (failures >= 0),
        locked_until timestamptz,
        last_failure timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE reward_claims (
        reward_id   uuid PRIMARY KEY REFERENCES rewards (id),
        code_digest text NOT NULL UNIQUE,
        claimed_at  timestamptz NOT NULL,
        redeemed_at timestamptz,
        redeemed_by text,
        CHECK ((redeemed_at IS NULL) = (redeemed_by IS NULL))
      )`);
    await q.query(`
      CREATE TABLE report_quota (
        bucket      text PRIMARY KEY,
        hour        timestamptz NOT NULL,
        reports     integer NOT NULL,
        max_reports integer NOT NULL,
        CONSTRAINT report_quota_not_exceeded CHECK (reports <= max_reports)
      )`);
    await q.query(`CREATE INDEX report_quota_hour_idx ON report_quota (hour)`);
    await q.query(`
      CREATE TABLE reward_budget_setters (
        issuing_unit_id text NOT NULL,
        year            integer NOT NULL,
        user_id         text NOT NULL,
        PRIMARY KEY (issuing_unit_id, year, user_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['reward_budget_setters', 'report_quota', 'reward_claims', 'anonymous_key_attempts', 'anonymous_report_keys']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE hazard_reports DROP CONSTRAINT anonymous_report_untagged`);
  }
}
