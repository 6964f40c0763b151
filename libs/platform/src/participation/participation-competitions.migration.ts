import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A competition's name and dates beside its status and organiser, for a service that follows
 * competition.created too (awards): the row then exists before any status change, with no status yet.
 */
export class ParticipationCompetitions1766000000090 implements MigrationInterface {
  name = 'ParticipationCompetitions1766000000090';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE participation_competition_status
        ALTER COLUMN status DROP NOT NULL,
        ADD COLUMN name text,
        ADD COLUMN start_date date,
        ADD COLUMN end_date date,
        ADD COLUMN announced_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM participation_competition_status WHERE status IS NULL`);
    await q.query(`
      ALTER TABLE participation_competition_status
        ALTER COLUMN status SET NOT NULL,
        DROP COLUMN name,
        DROP COLUMN start_date,
        DROP COLUMN end_date,
        DROP COLUMN announced_at`);
  }
}
