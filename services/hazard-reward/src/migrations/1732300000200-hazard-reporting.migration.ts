import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hazard reports, the reward rule tables, budgets and ledger, and the hazard archive. Exactly-once
 * is the database's job here: one reward per report, one ledger entry of each kind per reward, and a
 * budget whose commitments can never exceed its total.
 */
export class HazardReporting1732300000200 implements MigrationInterface {
  name = 'HazardReporting1732300000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE hazard_reports (
        id                 uuid PRIMARY KEY,
        enterprise_unit_id text NOT NULL,
        enterprise_path    text NOT NULL,
        location           text NOT NULL,
        latitude           double precision,
        longitude          double precision,
        category           text NOT NULL CHECK (category IN ('accident', 'occupational')),
        description        text NOT NULL,
        photos             jsonb NOT NULL,
        anonymous          boolean NOT NULL,
        -- HMAC of the reporter's user id: finds "my reports" without naming anyone.
        reporter_tag       text NOT NULL,
        reported_at        timestamptz NOT NULL,
        status             text NOT NULL DEFAULT 'reported' CHECK (status IN ('reported', 'confirmed', 'duplicate', 'rejected')),
        grade              text CHECK (grade IN ('general', 'major')),
        duplicate_of       uuid REFERENCES hazard_reports (id),
        verdict_reason     text,
        verified_by        text,
        verified_at        timestamptz,
        CHECK ((status = 'confirmed') = (grade IS NOT NULL)),
        CHECK ((status = 'duplicate') = (duplicate_of IS NOT NULL)),
        CHECK (duplicate_of IS DISTINCT FROM id)
      )`);
    await q.query(`CREATE INDEX hazard_reports_unit_idx ON hazard_reports (enterprise_path text_pattern_ops, reported_at)`);
    await q.query(`CREATE INDEX hazard_reports_reporter_idx ON hazard_reports (reporter_tag, reported_at DESC)`);
    // Named reports only: an anonymous report has no row here, nor anywhere else that names the reporter.
    await q.query(`
      CREATE TABLE hazard_reporters (
        report_id    uuid PRIMARY KEY REFERENCES hazard_reports (id),
        user_id      text NOT NULL,
        display_name text NOT NULL
      )`);

    await q.query(`
      CREATE TABLE reward_schemes (
        id                     uuid PRIMARY KEY,
        issuing_unit_id        text NOT NULL,
        issuing_path           text NOT NULL,
        name                   text NOT NULL,
        valid_from             date NOT NULL,
        valid_until            date,
        approval_threshold_fen bigint NOT NULL CHECK (approval_threshold_fen >= 0),
        created_by             text NOT NULL,
        created_at             timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_until IS NULL OR valid_until >= valid_from)
      )`);
    await q.query(`CREATE INDEX reward_schemes_unit_idx ON reward_schemes (issuing_unit_id, valid_from)`);
    await q.query(`
      CREATE TABLE reward_scheme_amounts (
        scheme_id  uuid NOT NULL REFERENCES reward_schemes (id),
        category   text NOT NULL CHECK (category IN ('accident', 'occupational')),
        grade      text NOT NULL CHECK (grade IN ('general', 'major')),
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        PRIMARY KEY (scheme_id, category, grade)
      )`);
    await q.query(`
      CREATE TABLE reward_budgets (
        issuing_unit_id text NOT NULL,
        year            integer NOT NULL,
        issuing_path    text NOT NULL,
        total_fen       bigint NOT NULL CHECK (total_fen >= 0),
        committed_fen   bigint NOT NULL DEFAULT 0 CHECK (committed_fen >= 0),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issuing_unit_id, year),
        CONSTRAINT reward_budget_never_overdrawn CHECK (committed_fen <= total_fen)
      )`);
    await q.query(`
      CREATE TABLE rewards (
        id                   uuid PRIMARY KEY,
        report_id            uuid NOT NULL REFERENCES hazard_reports (id),
        scheme_id            uuid REFERENCES reward_schemes (id),
        issuing_unit_id      text,
        issuing_path         text,
        budget_year          integer NOT NULL,
        amount_fen           bigint NOT NULL CHECK (amount_fen >= 0),
        status               text NOT NULL CHECK (status IN ('no_scheme', 'awaiting_approval', 'queued', 'issued', 'paid', 'rejected')),
        status_note          text,
        approval_workflow_id text,
        created_at           timestamptz NOT NULL,
        issued_at            timestamptz,
        -- When its payment workflow was started; null until then (the sweeper starts what is missing).
        payment_started_at   timestamptz,
        paid_at              timestamptz,
        CONSTRAINT one_reward_per_report UNIQUE (report_id)
      )`);
    await q.query(`CREATE INDEX rewards_unstarted_idx ON rewards (issued_at) WHERE status = 'issued' AND payment_started_at IS NULL`);
    await q.query(`CREATE INDEX rewards_queue_idx ON rewards (issuing_unit_id, budget_year, created_at, id) WHERE status = 'queued'`);
    await q.query(`
      CREATE TABLE ledger_entries (
        id             bigserial PRIMARY KEY,
        reward_id      uuid NOT NULL REFERENCES rewards (id),
        kind           text NOT NULL CHECK (kind IN ('issued', 'paid')),
        debit_account  text NOT NULL,
        credit_account text NOT NULL,
        amount_fen     bigint NOT NULL CHECK (amount_fen > 0),
        recorded_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT one_ledger_entry_per_reward_and_kind UNIQUE (reward_id, kind)
      )`);

    await q.query(`
      CREATE TABLE hazards (
        report_id                 uuid PRIMARY KEY REFERENCES hazard_reports (id),
        enterprise_unit_id        text NOT NULL,
        enterprise_path           text NOT NULL,
        category                  text NOT NULL,
        grade                     text NOT NULL,
        status                    text NOT NULL CHECK (status IN ('open', 'close_out_pending', 'closed')),
        measures                  text,
        deadline                  timestamptz,
        responsible_unit          text,
        responsible_person        text,
        responsible_phone         text,
        interim_measures          text,
        updater_user_id           text,
        plan_version              integer NOT NULL DEFAULT 0,
        last_progress_at          timestamptz,
        rectification_verified_at timestamptz,
        reminded_at               timestamptz,
        overdue_since             timestamptz,
        escalated_to_unit_id      text,
        close_out_workflow_id     text,
        -- The deadline the timer workflow was last started or moved with, and when it was told of the
        -- close-out: the sweeper signals what differs.
        timer_deadline            timestamptz,
        timer_closed_at           timestamptz,
        closed_at                 timestamptz,
        opened_at                 timestamptz NOT NULL,
        updated_at                timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX hazards_unit_idx ON hazards (enterprise_path text_pattern_ops)`);
    await q.query(`CREATE INDEX hazards_escalated_idx ON hazards (escalated_to_unit_id) WHERE status <> 'closed'`);
    await q.query(`
      CREATE TABLE hazard_timeline (
        id            bigserial PRIMARY KEY,
        report_id     uuid NOT NULL REFERENCES hazards (report_id),
        kind          text NOT NULL,
        actor_user_id text,
        note          text,
        deadline      timestamptz,
        at            timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX hazard_timeline_report_idx ON hazard_timeline (report_id, id)`);
    // The timer's activity may run again after a crash: one reminder and one overdue per deadline.
    await q.query(`CREATE UNIQUE INDEX hazard_timer_event_once ON hazard_timeline (report_id, kind, deadline) WHERE kind IN ('reminded', 'overdue')`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['hazard_timeline', 'hazards', 'ledger_entries', 'rewards', 'reward_budgets', 'reward_scheme_amounts', 'reward_schemes', 'hazard_reporters', 'hazard_reports']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
