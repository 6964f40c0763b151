import { MigrationInterface, QueryRunner } from 'typeorm';

/** The honours dashboard reads the honours conferred, and the nominations under way, of a subtree in a period. */
export class DashboardIndexes1765800000470 implements MigrationInterface {
  name = 'DashboardIndexes1765800000470';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX honour_history_nominee_idx ON honour_history (nominee_path text_pattern_ops, conferred_at) INCLUDE (honour_code)`);
    await q.query(
      `CREATE INDEX nominations_under_way_idx ON nominations (nominee_path text_pattern_ops, created_at) INCLUDE (honour_code) WHERE status IN ('candidate', 'submitted', 'publicity')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX nominations_under_way_idx`);
    await q.query(`DROP INDEX honour_history_nominee_idx`);
  }
}
