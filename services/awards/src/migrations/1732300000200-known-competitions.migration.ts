import { MigrationInterface, QueryRunner } from 'typeorm';

export class KnownCompetitions1732300000200 implements MigrationInterface {
  name = 'KnownCompetitions1732300000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE known_competitions (
        competition_id         uuid PRIMARY KEY,
        name                   text NOT NULL,
        organiser_org_unit_id  text NOT NULL,
        start_date             date NOT NULL,
        end_date               date NOT NULL,
        source_event_id        uuid NOT NULL,
        received_at            timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE known_competitions`);
  }
}
