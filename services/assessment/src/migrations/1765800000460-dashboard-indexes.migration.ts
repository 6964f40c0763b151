import { MigrationInterface, QueryRunner } from 'typeorm';

/** The assessment dashboard reads the sheets finalised in a period under a unit, across competitions. */
export class DashboardIndexes1765800000460 implements MigrationInterface {
  name = 'DashboardIndexes1765800000460';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX assessment_sheets_finalised_idx ON assessment_sheets (unit_path text_pattern_ops, finalised_at) INCLUDE (template_id, review_total, passed) WHERE status = 'finalised'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX assessment_sheets_finalised_idx`);
  }
}
