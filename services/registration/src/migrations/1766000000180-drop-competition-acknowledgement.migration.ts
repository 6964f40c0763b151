import { MigrationInterface, QueryRunner } from 'typeorm';

/** A competition is no longer acknowledged by a workflow of its own: the plan filing's approval chain took its place. */
export class DropCompetitionAcknowledgement1766000000180 implements MigrationInterface {
  name = 'DropCompetitionAcknowledgement1766000000180';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE competitions DROP COLUMN acknowledgement_ref, DROP COLUMN acknowledged_at`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE competitions ADD COLUMN acknowledgement_ref text, ADD COLUMN acknowledged_at timestamptz`);
  }
}
