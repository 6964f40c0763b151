import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The owning service's side of its approval chains: one row per item (its status, for lists), the
 * inbox (who each item waits for, since when), every transition recorded once (its id is the
 * workflow id and seq, so a retried activity writes nothing twice), and delegations to deputies.
 */
export class ApprovalTables1732300000070 implements MigrationInterface {
  name = 'ApprovalTables1732300000070';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE approval_items (
        workflow_id        text PRIMARY KEY,
        item_kind          text NOT NULL,
        item_id            text NOT NULL,
        title              text NOT NULL,
        submitter_user_id  text NOT NULL,
        submitter_org_path text NOT NULL,
        status             text NOT NULL,
        current_step_id    text,
        submitted_at       timestamptz NOT NULL,
        updated_at         timestamptz NOT NULL,
        UNIQUE (item_kind, item_id)
      )`);
    await q.query(`
      CREATE TABLE approval_inbox (
        workflow_id    text NOT NULL REFERENCES approval_items (workflow_id),
        user_id        text NOT NULL,
        step_id        text,
        step_title     text,
        -- 'approver' decides the step; 'submitter' revises a returned item; 'escalation' is the next
        -- level's office, told of a step past its deadline (it watches, it does not decide).
        waiting_as     text NOT NULL CHECK (waiting_as IN ('approver', 'submitter', 'escalation')),
        waiting_since  timestamptz NOT NULL,
        PRIMARY KEY (workflow_id, user_id)
      )`);
    // The inbox page: mine, oldest first.
    await q.query(`CREATE INDEX approval_inbox_user_idx ON approval_inbox (user_id, waiting_since)`);
    await q.query(`
      CREATE TABLE approval_transitions (
        workflow_id     text NOT NULL REFERENCES approval_items (workflow_id),
        seq             integer NOT NULL,
        kind            text NOT NULL,
        step_id         text,
        actor_user_id   text,
        on_behalf_of    text,
        opinion         text,
        status          text NOT NULL,
        occurred_at     timestamptz NOT NULL,
        PRIMARY KEY (workflow_id, seq)
      )`);
    await q.query(`
      CREATE TABLE approval_delegations (
        id                uuid PRIMARY KEY,
        approver_user_id  text NOT NULL,
        deputy_user_id    text NOT NULL CHECK (deputy_user_id <> approver_user_id),
        valid_from        timestamptz NOT NULL,
        valid_until       timestamptz NOT NULL CHECK (valid_until > valid_from),
        reason            text NOT NULL,
        created_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX approval_delegations_deputy_idx ON approval_delegations (deputy_user_id, valid_until)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE approval_delegations`);
    await q.query(`DROP TABLE approval_transitions`);
    await q.query(`DROP TABLE approval_inbox`);
    await q.query(`DROP TABLE approval_items`);
  }
}
