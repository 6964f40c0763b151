import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full competition plan of seed 003 item 8, its lifecycle and sub-competitions (the four-level
 * league of seed 004), and enrolments: which enterprise or team takes part in which competition.
 */
export class CompetitionPlansAndEnrolments1732300000120 implements MigrationInterface {
  name = 'CompetitionPlansAndEnrolments1732300000120';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE competitions
        ADD COLUMN theme                 text,
        ADD COLUMN kind                  text NOT NULL DEFAULT 'labour_competition',
        ADD COLUMN content_and_goals     text,
        ADD COLUMN requirements          text,
        ADD COLUMN format_and_vehicle    text,
        ADD COLUMN participant_scope     jsonb NOT NULL DEFAULT '{}'::jsonb,
        ADD COLUMN evaluation_method     text,
        ADD COLUMN assessment_template   text,
        ADD COLUMN award_method          text,
        ADD COLUMN budget_yuan           numeric(14, 2) CHECK (budget_yuan >= 0),
        ADD COLUMN parent_competition_id uuid REFERENCES competitions (id),
        ADD COLUMN version               integer NOT NULL DEFAULT 1,
        ADD COLUMN updated_at            timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT competitions_status_known
          CHECK (status IN ('draft', 'filing', 'filed', 'open', 'running', 'assessing', 'closed'))`);
    await q.query(`CREATE INDEX competitions_parent_idx ON competitions (parent_competition_id)`);
    await q.query(`CREATE INDEX competitions_organiser_idx ON competitions (organiser_org_unit_id)`);

    await q.query(`
      CREATE TABLE enrolments (
        id                   uuid PRIMARY KEY,
        competition_id       uuid NOT NULL REFERENCES competitions (id),
        unit_id              text NOT NULL REFERENCES org_units (id),
        -- The enterprise the unit is or belongs to, kept for coverage (a team's enterprise takes part).
        enterprise_unit_id   text NOT NULL REFERENCES org_units (id),
        participants         integer NOT NULL CHECK (participants >= 1),
        leader_name          text,
        contact_name         text NOT NULL,
        contact_phone        text NOT NULL,
        status               text NOT NULL DEFAULT 'enrolled' CHECK (status IN ('enrolled', 'withdrawn')),
        enrolled_by          text NOT NULL,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now()
      )`);
    // A unit enrols once per competition: a second enrolment is refused by the database itself.
    await q.query(`CREATE UNIQUE INDEX enrolments_once_per_unit ON enrolments (competition_id, unit_id)`);
    await q.query(`CREATE INDEX enrolments_enterprise_idx ON enrolments (enterprise_unit_id, competition_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE enrolments`);
    await q.query(`
      ALTER TABLE competitions
        DROP CONSTRAINT competitions_status_known,
        DROP COLUMN theme, DROP COLUMN kind, DROP COLUMN content_and_goals, DROP COLUMN requirements,
        DROP COLUMN format_and_vehicle, DROP COLUMN participant_scope, DROP COLUMN evaluation_method,
        DROP COLUMN assessment_template, DROP COLUMN award_method, DROP COLUMN budget_yuan,
        DROP COLUMN parent_competition_id, DROP COLUMN version, DROP COLUMN updated_at`);
  }
}
