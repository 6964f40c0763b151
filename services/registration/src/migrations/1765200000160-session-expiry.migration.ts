import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions long past their end are cleared by later logins, oldest first: found by their end. */
export class SessionExpiry1765200000160 implements MigrationInterface {
  name = 'SessionExpiry1765200000160';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX sessions_expires_at_idx ON sessions (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX sessions_expires_at_idx`);
  }
}
