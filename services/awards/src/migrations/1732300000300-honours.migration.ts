import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The honour catalogue, yearly quotas per conferring unit, the competition fund, nominations with
 * their objections, the honour history and the fund's ledger. The guarantees are the database's:
 * a quota is never exceeded, a fund never overdrawn, an honour held once per nominee and year, and a
 * reward paid once per nomination.
 */
export class Honours1732300000300 implements MigrationInterface {
  name = 'Honours1732300000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE honours (
        code                text PRIMARY KEY,
        name                text NOT NULL,
        conferring_level    text NOT NULL CHECK (conferring_level IN ('county', 'city', 'province', 'national')),
        nominee_kind        text NOT NULL CHECK (nominee_kind IN ('person', 'team', 'unit')),
        criteria            text NOT NULL,
        material_reward_fen bigint NOT NULL CHECK (material_reward_fen >= 0)
      )`);
    await q.query(`
      CREATE TABLE honour_quotas (
        honour_code        text NOT NULL REFERENCES honours (code),
        conferring_unit_id text NOT NULL,
        year               integer NOT NULL,
        conferring_path    text NOT NULL,
        quota              integer NOT NULL CHECK (quota >= 0),
        taken              integer NOT NULL DEFAULT 0 CHECK (taken >= 0),
        PRIMARY KEY (honour_code, conferring_unit_id, year),
        CONSTRAINT quota_never_exceeded CHECK (taken <= quota)
      )`);
    await q.query(`
      CREATE TABLE competition_funds (
        unit_id    text NOT NULL,
        year       integer NOT NULL,
        unit_path  text NOT NULL,
        total_fen  bigint NOT NULL CHECK (total_fen >= 0),
        spent_fen  bigint NOT NULL DEFAULT 0 CHECK (spent_fen >= 0),
        PRIMARY KEY (unit_id, year),
        CONSTRAINT fund_never_overdrawn CHECK (spent_fen <= total_fen)
      )`);
    // Which honour a skills contest's top-ranked contestants are recommended for, and how many of them.
    await q.query(`
      CREATE TABLE contest_honours (
        skills_contest_id  uuid PRIMARY KEY,
        honour_code        text NOT NULL REFERENCES honours (code),
        conferring_unit_id text NOT NULL,
        top_ranks          integer NOT NULL CHECK (top_ranks >= 1),
        configured_by      text NOT NULL,
        configured_at      timestamptz NOT NULL DEFAULT now()
      )`);
    // Which honour a competition's passing units are recommended for (优先推荐), and by whom it is conferred.
    await q.query(`
      CREATE TABLE competition_honours (
        competition_id     uuid PRIMARY KEY,
        honour_code        text NOT NULL REFERENCES honours (code),
        conferring_unit_id text NOT NULL,
        configured_by      text NOT NULL,
        configured_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE nominations (
        id                   uuid PRIMARY KEY,
        honour_code          text NOT NULL REFERENCES honours (code),
        year                 integer NOT NULL,
        conferring_unit_id   text NOT NULL,
        conferring_path      text NOT NULL,
        nominee_kind         text NOT NULL CHECK (nominee_kind IN ('person', 'team', 'unit')),
        nominee_id           text NOT NULL,
        nominee_name         text NOT NULL,
        nominee_unit_id      text NOT NULL,
        nominee_path         text NOT NULL,
        source               text NOT NULL CHECK (source IN ('assessment', 'hazard', 'manual')),
        priority             boolean NOT NULL DEFAULT false,
        competition_id       uuid,
        skills_contest_id    uuid,
        material             text,
        status               text NOT NULL CHECK (status IN ('candidate', 'submitted', 'publicity', 'conferred', 'withdrawn', 'rejected', 'over_quota')),
        status_note          text,
        holds_quota          boolean NOT NULL DEFAULT false,
        approval_workflow_id text,
        publicity_ends_at    timestamptz,
        created_by           text NOT NULL,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now()
      )`);
    // A nominee holds an honour once a year: one nomination in progress or conferred at a time.
    await q.query(`
      CREATE UNIQUE INDEX one_live_nomination ON nominations (honour_code, year, nominee_id)
       WHERE status IN ('submitted', 'publicity', 'conferred')`);
    // Candidates from events are made once per competition result.
    await q.query(`CREATE UNIQUE INDEX one_candidate_per_result ON nominations (honour_code, year, nominee_id, competition_id) WHERE source = 'assessment'`);
    await q.query(`CREATE UNIQUE INDEX one_candidate_per_contest_result ON nominations (honour_code, nominee_id, skills_contest_id) WHERE skills_contest_id IS NOT NULL`);
    await q.query(`CREATE INDEX nominations_conferring_idx ON nominations (conferring_path text_pattern_ops, status)`);
    await q.query(`
      CREATE TABLE objections (
        id            uuid PRIMARY KEY,
        nomination_id uuid NOT NULL REFERENCES nominations (id),
        lodged_by     text NOT NULL,
        reason        text NOT NULL,
        status        text NOT NULL CHECK (status IN ('pending', 'upheld', 'dismissed')),
        ruled_by      text,
        ruling_note   text,
        lodged_at     timestamptz NOT NULL DEFAULT now(),
        ruled_at      timestamptz
      )`);
    await q.query(`
      CREATE TABLE honour_history (
        nomination_id      uuid PRIMARY KEY REFERENCES nominations (id),
        honour_code        text NOT NULL,
        year               integer NOT NULL,
        nominee_kind       text NOT NULL,
        nominee_id         text NOT NULL,
        nominee_name       text NOT NULL,
        nominee_path       text NOT NULL,
        conferring_unit_id text NOT NULL,
        certificate_no     text NOT NULL UNIQUE,
        conferred_at       timestamptz NOT NULL,
        CONSTRAINT honour_once_a_year UNIQUE (honour_code, year, nominee_id)
      )`);
    await q.query(`
      CREATE TABLE fund_entries (
        id            bigserial PRIMARY KEY,
        nomination_id uuid NOT NULL REFERENCES nominations (id),
        unit_id       text NOT NULL,
        year          integer NOT NULL,
        amount_fen    bigint NOT NULL CHECK (amount_fen > 0),
        recorded_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT one_reward_per_nomination UNIQUE (nomination_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['fund_entries', 'honour_history', 'objections', 'nominations', 'competition_honours', 'contest_honours', 'competition_funds', 'honour_quotas', 'honours']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
