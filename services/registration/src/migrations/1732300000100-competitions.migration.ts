import { MigrationInterface, QueryRunner } from 'typeorm';

export class Competitions1732300000100 implements MigrationInterface {
  name = 'Competitions1732300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE competitions (
        id                     uuid PRIMARY KEY,
        name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        organiser_org_unit_id  text NOT NULL,
        start_date             date NOT NULL,
        end_date               date NOT NULL,
        status                 text NOT NULL DEFAULT 'draft',
        acknowledgement_ref    text,
        acknowledged_at        timestamptz,
        created_at             timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT competitions_dates_ordered CHECK (end_date >= start_date)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE competitions`);
  }
}
