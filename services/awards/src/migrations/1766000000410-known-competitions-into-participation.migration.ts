import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Awards' own copy of competitions (known_competitions) duplicated the participation read model: its
 * rows move there (name, dates, organiser and when they were learnt of) and the table goes.
 */
export class KnownCompetitionsIntoParticipation1766000000410 implements MigrationInterface {
  name = 'KnownCompetitionsIntoParticipation1766000000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO participation_competition_status (competition_id, organiser_unit_id, name, start_date, end_date, announced_at)
      SELECT competition_id, organiser_org_unit_id, name, start_date, end_date, received_at FROM known_competitions
      ON CONFLICT (competition_id) DO UPDATE
        SET name = EXCLUDED.name, start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date, announced_at = EXCLUDED.announced_at,
            organiser_unit_id = COALESCE(participation_competition_status.organiser_unit_id, EXCLUDED.organiser_unit_id)`);
    await q.query(`DROP TABLE known_competitions`);
  }

  async down(q: QueryRunner): Promise<void> {
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
    await q.query(`
      INSERT INTO known_competitions (competition_id, name, organiser_org_unit_id, start_date, end_date, source_event_id, received_at)
      SELECT competition_id, name, organiser_unit_id, start_date, end_date, gen_random_uuid(), announced_at
        FROM participation_competition_status WHERE announced_at IS NOT NULL`);
  }
}
