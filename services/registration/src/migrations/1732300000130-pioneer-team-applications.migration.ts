import { MigrationInterface, QueryRunner } from 'typeorm';

/** 工人先锋号 creation applications (seed 004 attachment 1): the form, and where its approval chain stands. */
export class PioneerTeamApplications1732300000130 implements MigrationInterface {
  name = 'PioneerTeamApplications1732300000130';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pioneer_team_applications (
        id                  uuid PRIMARY KEY,
        competition_id      uuid NOT NULL REFERENCES competitions (id),
        team_unit_id        text NOT NULL REFERENCES org_units (id),
        enterprise_unit_id  text NOT NULL REFERENCES org_units (id),
        form                jsonb NOT NULL,
        status              text NOT NULL CHECK (status IN ('submitted', 'approved', 'rejected', 'withdrawn')),
        workflow_id         text NOT NULL UNIQUE,
        submitted_by        text NOT NULL,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now()
      )`);
    // One live application per team and competition; a rejected or withdrawn one may be followed by another.
    await q.query(`
      CREATE UNIQUE INDEX pioneer_team_applications_live ON pioneer_team_applications (competition_id, team_unit_id)
        WHERE status IN ('submitted', 'approved')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pioneer_team_applications`);
  }
}
