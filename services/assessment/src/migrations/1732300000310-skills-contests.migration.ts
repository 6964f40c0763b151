import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Skills contests (技能比武): the contest with its marking scheme, its judge panel and contestants
 * (each with the enterprise they were from when added, for the conflict-of-interest rule), and one
 * score per judge and contestant. Points are whole hundredths. Once signed off, the contest is locked.
 */
export class SkillsContests1732300000310 implements MigrationInterface {
  name = 'SkillsContests1732300000310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE skills_contests (
        id                uuid PRIMARY KEY,
        competition_id    uuid,
        name              text NOT NULL CHECK (btrim(name) <> ''),
        trade             text NOT NULL CHECK (btrim(trade) <> ''),
        organiser_unit_id text NOT NULL,
        organiser_path    text NOT NULL,
        trim_at_judges    integer NOT NULL DEFAULT 5 CHECK (trim_at_judges >= 3),
        status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'locked')),
        created_by        text NOT NULL,
        created_at        timestamptz NOT NULL DEFAULT now(),
        signed_off_by     text,
        signed_off_at     timestamptz,
        sign_off_note     text,
        CHECK ((status = 'locked') = (signed_off_by IS NOT NULL AND signed_off_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX skills_contests_organiser_idx ON skills_contests (organiser_path text_pattern_ops)`);
    await q.query(`CREATE INDEX skills_contests_competition_idx ON skills_contests (competition_id) WHERE competition_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE skills_contest_items (
        contest_id       uuid NOT NULL REFERENCES skills_contests (id),
        position         integer NOT NULL CHECK (position >= 1),
        key              text NOT NULL CHECK (key ~ '^[A-Za-z][A-Za-z0-9_-]{0,39}$'),
        name             text NOT NULL CHECK (btrim(name) <> ''),
        max_centipoints  integer NOT NULL CHECK (max_centipoints > 0),
        PRIMARY KEY (contest_id, key),
        UNIQUE (contest_id, position)
      )`);

    // enterprise_unit_id: the enterprise union on the judge's path when added; null for a union office.
    await q.query(`
      CREATE TABLE skills_contest_judges (
        contest_id         uuid NOT NULL REFERENCES skills_contests (id),
        user_id            text NOT NULL,
        seat               bigserial,
        display_name       text NOT NULL,
        org_unit_id        text NOT NULL,
        org_path           text NOT NULL,
        enterprise_unit_id text,
        chief              boolean NOT NULL DEFAULT false,
        added_by           text NOT NULL,
        added_at           timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (contest_id, user_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX skills_contest_one_chief ON skills_contest_judges (contest_id) WHERE chief`);

    await q.query(`
      CREATE TABLE skills_contest_contestants (
        contest_id         uuid NOT NULL REFERENCES skills_contests (id),
        user_id            text NOT NULL,
        seat               bigserial,
        display_name       text NOT NULL,
        org_unit_id        text NOT NULL,
        org_path           text NOT NULL,
        enterprise_unit_id text NOT NULL,
        added_by           text NOT NULL,
        added_at           timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (contest_id, user_id)
      )`);

    // points: item key → centipoints, checked against the scheme by the service; total is their sum.
    await q.query(`
      CREATE TABLE skills_contest_scores (
        contest_id         uuid NOT NULL,
        judge_user_id      text NOT NULL,
        contestant_user_id text NOT NULL,
        points             jsonb NOT NULL CHECK (jsonb_typeof(points) = 'object'),
        total_centipoints  integer NOT NULL CHECK (total_centipoints >= 0),
        recorded_at        timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT skills_contest_one_score_per_judge_and_contestant UNIQUE (contest_id, judge_user_id, contestant_user_id),
        FOREIGN KEY (contest_id, judge_user_id) REFERENCES skills_contest_judges (contest_id, user_id),
        FOREIGN KEY (contest_id, contestant_user_id) REFERENCES skills_contest_contestants (contest_id, user_id),
        CHECK (judge_user_id <> contestant_user_id)
      )`);
    await q.query(`CREATE INDEX skills_contest_scores_contestant_idx ON skills_contest_scores (contest_id, contestant_user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE skills_contest_scores`);
    await q.query(`DROP TABLE skills_contest_contestants`);
    await q.query(`DROP TABLE skills_contest_judges`);
    await q.query(`DROP TABLE skills_contest_items`);
    await q.query(`DROP TABLE skills_contests`);
  }
}
