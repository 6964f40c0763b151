import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A service's copy of who takes part in which competition, and each competition's status, kept from
 * registration's enrolment.* and competition.status-changed events: assessment opens sheets for the
 * enrolled units, awards knows the participants.
 */
export class ParticipationReadModel1732300000080 implements MigrationInterface {
  name = 'ParticipationReadModel1732300000080';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE participation_enrolments (
        enrolment_id        uuid PRIMARY KEY,
        competition_id      uuid NOT NULL,
        unit_id             text NOT NULL,
        enterprise_unit_id  text NOT NULL,
        unit_kind           text NOT NULL,
        org_path            text NOT NULL,
        participants        integer NOT NULL,
        status              text NOT NULL CHECK (status IN ('enrolled', 'withdrawn')),
        updated_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX participation_enrolments_competition_idx ON participation_enrolments (competition_id, status)`);
    await q.query(`
      CREATE TABLE participation_competition_status (
        competition_id  uuid PRIMARY KEY,
        status          text NOT NULL,
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE participation_competition_status`);
    await q.query(`DROP TABLE participation_enrolments`);
  }
}
