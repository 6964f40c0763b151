import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A progress update of the hazard archive (整改进展) may carry photos of the work, as a report does:
 * the stored photos' keys, types and sizes, in upload order, on the timeline entry they belong to.
 */
export class ProgressPhotos1765700000430 implements MigrationInterface {
  name = 'ProgressPhotos1765700000430';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE hazard_timeline ADD COLUMN photos jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE hazard_timeline DROP COLUMN photos`);
  }
}
