import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hazard dashboard sums the rewards paid by the unions of a subtree in the period's budget years:
 * an index on the issuing union's path for the paid ones (reports are already indexed by path and day).
 */
export class DashboardIndexes1765800000450 implements MigrationInterface {
  name = 'DashboardIndexes1765800000450';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX rewards_paid_by_path_idx ON rewards (issuing_path text_pattern_ops, budget_year) INCLUDE (amount_fen) WHERE status = 'paid'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX rewards_paid_by_path_idx`);
  }
}
