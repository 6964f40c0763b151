import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hazard dashboard counts the hazards a subtree entered in the archive in a period, and sums the
 * rewards paid by the unions of a subtree in the period's budget years (reports are already indexed by
 * path and day).
 */
export class DashboardIndexes1765800000450 implements MigrationInterface {
  name = 'DashboardIndexes1765800000450';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX hazards_opened_idx ON hazards (enterprise_path text_pattern_ops, opened_at) INCLUDE (status, deadline, closed_at)`);
    await q.query(`CREATE INDEX rewards_paid_by_path_idx ON rewards (issuing_path text_pattern_ops, budget_year) INCLUDE (amount_fen) WHERE status = 'paid'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX rewards_paid_by_path_idx`);
    await q.query(`DROP INDEX hazards_opened_idx`);
  }
}
