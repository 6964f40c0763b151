import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workflow starts (and signals) recorded in the transaction of the change that calls for them, and
 * carried out after it commits by the workflow outbox relay. Created in every service's schema.
 */
export class WorkflowOutbox1764800000100 implements MigrationInterface {
  name = 'WorkflowOutbox1764800000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workflow_outbox (
        id             bigserial PRIMARY KEY,
        action         text NOT NULL CHECK (action IN ('start', 'signal-with-start', 'signal')),
        workflow_id    text NOT NULL,
        workflow_type  text,
        task_queue     text,
        args           jsonb NOT NULL DEFAULT '[]',
        signal_name    text,
        signal_args    jsonb NOT NULL DEFAULT '[]',
        -- 'never': one run per workflow id, ever; 'after-close': a new run once the last one closed
        -- (an item submitted again after its chain ended).
        id_reuse       text NOT NULL DEFAULT 'never' CHECK (id_reuse IN ('never', 'after-close')),
        recorded_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
        done_at        timestamptz,
        attempts       integer NOT NULL DEFAULT 0,
        last_error     text,
        -- After a failed delivery, not before this (backoff per row; Temporal may be down for a while).
        next_attempt_at timestamptz,
        CHECK (action = 'signal' OR (workflow_type IS NOT NULL AND task_queue IS NOT NULL)),
        CHECK (action = 'start' OR signal_name IS NOT NULL)
      )`);
    // The relay reads only what is left to do, oldest first.
    await q.query(`CREATE INDEX workflow_outbox_pending_idx ON workflow_outbox (id) WHERE done_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE workflow_outbox`);
  }
}
