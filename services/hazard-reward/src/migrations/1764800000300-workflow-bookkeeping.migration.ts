import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payment workflows and rectification timers are now recorded in the workflow outbox in the same
 * transaction as the reward or plan, so the columns that recorded what Temporal had been told (for the
 * sweep that started what was missing) go.
 */
export class WorkflowBookkeeping1764800000300 implements MigrationInterface {
  name = 'WorkflowBookkeeping1764800000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS rewards_unstarted_idx`);
    await q.query(`ALTER TABLE rewards DROP COLUMN payment_started_at`);
    await q.query(`ALTER TABLE hazards DROP COLUMN timer_deadline, DROP COLUMN timer_closed_at`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rewards ADD COLUMN payment_started_at timestamptz`);
    await q.query(`ALTER TABLE hazards ADD COLUMN timer_deadline timestamptz, ADD COLUMN timer_closed_at timestamptz`);
  }
}
