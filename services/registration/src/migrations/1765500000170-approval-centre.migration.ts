import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The approval centre (审批中心): every service's approval items as their approval.transitioned events
 * tell them, who each waits for now, who took part; reminders sent from it (催办), and the notifications
 * (通知) those events and reminders give each user.
 */
export class ApprovalCentre1765500000170 implements MigrationInterface {
  name = 'ApprovalCentre1765500000170';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE approval_centre_items (
        workflow_id        text PRIMARY KEY,
        -- The service that owns the item and decides it: the events' producer.
        service            text NOT NULL,
        item_kind          text NOT NULL,
        item_id            text NOT NULL,
        title              text NOT NULL,
        status             text NOT NULL,
        current_step_id    text,
        step_title         text,
        submitter_user_id  text NOT NULL,
        submitted_at       timestamptz NOT NULL,
        updated_at         timestamptz NOT NULL,
        -- The current step's deadline, past which the chain escalates; null while nothing runs.
        due_at             timestamptz,
        -- Events of one workflow are applied in order, each once: an older or repeated seq is ignored.
        last_seq           integer NOT NULL
      )`);
    // 我发起的: mine, newest first.
    await q.query(`CREATE INDEX approval_centre_items_submitter_idx ON approval_centre_items (submitter_user_id, submitted_at DESC, workflow_id)`);
    await q.query(`
      CREATE TABLE approval_centre_waiting (
        workflow_id    text NOT NULL REFERENCES approval_centre_items (workflow_id) ON DELETE CASCADE,
        user_id        text NOT NULL,
        -- approver: to decide; submitter: returned to them; watcher: escalated to them, to watch, not decide.
        waiting_as     text NOT NULL CHECK (waiting_as IN ('approver', 'submitter', 'watcher')),
        waiting_since  timestamptz NOT NULL,
        due_at         timestamptz,
        PRIMARY KEY (workflow_id, user_id)
      )`);
    // 待办: mine (and my delegators'), oldest first, without touching the rows of other users.
    await q.query(`CREATE INDEX approval_centre_waiting_user_idx ON approval_centre_waiting (user_id, waiting_since, workflow_id) INCLUDE (waiting_as, due_at)`);
    await q.query(`
      CREATE TABLE approval_centre_participants (
        workflow_id   text NOT NULL REFERENCES approval_centre_items (workflow_id) ON DELETE CASCADE,
        user_id       text NOT NULL,
        -- submitted; decided (a step, in their name or for someone); copied (escalated to them: 抄送).
        took_part_as  text NOT NULL CHECK (took_part_as IN ('submitted', 'decided', 'copied')),
        on_behalf_of  text,
        at            timestamptz NOT NULL,
        PRIMARY KEY (workflow_id, user_id, took_part_as)
      )`);
    // 已办 and 抄送我的: newest first.
    await q.query(`CREATE INDEX approval_centre_participants_user_idx ON approval_centre_participants (user_id, took_part_as, at DESC, workflow_id)`);

    // At most one reminder per step of an item in any 24 hours, however many are sent at once.
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public`);
    await q.query(`
      CREATE TABLE approval_reminders (
        id            uuid PRIMARY KEY,
        workflow_id   text NOT NULL REFERENCES approval_centre_items (workflow_id) ON DELETE CASCADE,
        step_id       text NOT NULL,
        sent_by       text NOT NULL,
        sent_at       timestamptz NOT NULL,
        -- The day the step is not reminded again (an index takes no 'time + interval', which is not immutable).
        quiet_until   timestamptz NOT NULL CHECK (quiet_until = sent_at + interval '24 hours'),
        CONSTRAINT approval_reminders_once_a_day EXCLUDE USING gist (
          workflow_id WITH =, step_id WITH =, tstzrange(sent_at, quiet_until) WITH &&
        )
      )`);

    await q.query(`
      CREATE TABLE notifications (
        id           uuid PRIMARY KEY,
        user_id      text NOT NULL,
        kind         text NOT NULL CHECK (kind IN ('to-decide', 'returned', 'outcome', 'escalation', 'reminder')),
        -- What gave it (an approval transition, a reminder): one notification per source and user.
        source_key   text NOT NULL,
        workflow_id  text NOT NULL,
        service      text NOT NULL,
        item_kind    text NOT NULL,
        item_id      text NOT NULL,
        title        text NOT NULL,
        text         text NOT NULL,
        created_at   timestamptz NOT NULL,
        read_at      timestamptz,
        -- When it went to the outbound channels (SMS, WeChat); null for kinds that are not sent there.
        sent_out_at  timestamptz,
        UNIQUE (source_key, user_id)
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id, created_at DESC, id) WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE approval_reminders`);
    await q.query(`DROP TABLE approval_centre_participants`);
    await q.query(`DROP TABLE approval_centre_waiting`);
    await q.query(`DROP TABLE approval_centre_items`);
  }
}
