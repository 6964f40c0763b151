import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A report sent again with the same Idempotency-Key (a phone retrying on a bad connection) answers the
 * first report instead of making a second. The row keeps only a digest of the key and the first answer
 * sealed under the key itself, so it tells nobody who reported, and an anonymous reporter's key and PIN
 * can be shown again only to whoever still holds the submission's key.
 */
export class ReportSubmissions1765600000420 implements MigrationInterface {
  name = 'ReportSubmissions1765600000420';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_submissions (
        key_digest      text PRIMARY KEY,
        report_id       uuid NOT NULL REFERENCES hazard_reports (id),
        request_digest  text NOT NULL,
        sealed_answer   bytea NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX report_submissions_created_idx ON report_submissions (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_submissions`);
  }
}
