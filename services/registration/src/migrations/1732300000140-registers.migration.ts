import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registers of seed 004: energy-saving volunteer supervisors (attachment 4, a person with the
 * four opinion boxes of their unit's line) and enterprises' technical-service requests (attachment 5:
 * the township's opinion, what was delivered, the enterprise's rating).
 */
export class Registers1732300000140 implements MigrationInterface {
  name = 'Registers1732300000140';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE energy_supervisors (
        id                  uuid PRIMARY KEY,
        unit_id             text NOT NULL REFERENCES org_units (id),
        enterprise_unit_id  text NOT NULL REFERENCES org_units (id),
        form                jsonb NOT NULL,
        status              text NOT NULL CHECK (status IN ('submitted', 'approved', 'rejected', 'withdrawn')),
        workflow_id         text NOT NULL UNIQUE,
        submitted_by        text NOT NULL,
        decided_at          timestamptz,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now()
      )`);
    // A person (known by their mobile number) is registered once at a time; a rejected or withdrawn registration may be followed by another.
    await q.query(`
      CREATE UNIQUE INDEX energy_supervisors_live ON energy_supervisors ((form ->> 'mobile'))
        WHERE status IN ('submitted', 'approved')`);
    await q.query(`CREATE INDEX energy_supervisors_register ON energy_supervisors (enterprise_unit_id) WHERE status = 'approved'`);

    await q.query(`
      CREATE TABLE technical_service_requests (
        id                  uuid PRIMARY KEY,
        enterprise_unit_id  text NOT NULL REFERENCES org_units (id),
        form                jsonb NOT NULL,
        status              text NOT NULL CHECK (status IN ('requested', 'accepted', 'declined', 'withdrawn', 'delivered', 'rated')),
        workflow_id         text NOT NULL UNIQUE,
        requested_by        text NOT NULL,
        township_opinion    text,
        decided_at          timestamptz,
        delivery            jsonb,
        rating              jsonb,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CHECK ((status IN ('delivered', 'rated')) = (delivery IS NOT NULL)),
        CHECK ((status = 'rated') = (rating IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX technical_service_requests_enterprise ON technical_service_requests (enterprise_unit_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE technical_service_requests`);
    await q.query(`DROP TABLE energy_supervisors`);
  }
}
