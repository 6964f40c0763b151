import { MigrationInterface, QueryRunner } from 'typeorm';

/** Counts of wrong report-key tries that have run out are cleared by later tries, oldest first. */
export class KeyAttemptsExpiry1765200000410 implements MigrationInterface {
  name = 'KeyAttemptsExpiry1765200000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX anonymous_key_attempts_last_failure_idx ON anonymous_key_attempts (last_failure)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX anonymous_key_attempts_last_failure_idx`);
  }
}
