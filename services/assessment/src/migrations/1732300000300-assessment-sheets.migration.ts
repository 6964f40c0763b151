import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scoring templates (versioned: a version that has been used never changes), the template each
 * competition is assessed with, one sheet per enrolled unit pinned to its template version, the
 * finalised revisions of each sheet (immutable snapshots), evidence files, and published results.
 */
export class AssessmentSheets1732300000300 implements MigrationInterface {
  name = 'AssessmentSheets1732300000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment_templates (
        id            uuid PRIMARY KEY,
        code          text NOT NULL,
        version       integer NOT NULL CHECK (version >= 1),
        name          text NOT NULL,
        definition    jsonb NOT NULL,
        built_in      boolean NOT NULL DEFAULT false,
        owner_unit_id text,
        owner_path    text,
        created_by    text NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT one_template_version UNIQUE (code, version)
      )`);
    await q.query(`
      CREATE TABLE competition_assessments (
        competition_id     uuid PRIMARY KEY,
        template_id        uuid NOT NULL REFERENCES assessment_templates (id),
        organiser_unit_id  text NOT NULL,
        organiser_path     text NOT NULL,
        configured_by      text NOT NULL,
        configured_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE assessment_sheets (
        id              uuid PRIMARY KEY,
        competition_id  uuid NOT NULL REFERENCES competition_assessments (competition_id),
        unit_id         text NOT NULL,
        unit_path       text NOT NULL,
        unit_kind       text NOT NULL CHECK (unit_kind IN ('enterprise_union', 'team')),
        template_id     uuid NOT NULL REFERENCES assessment_templates (id),
        revision        integer NOT NULL DEFAULT 1,
        status          text NOT NULL CHECK (status IN ('draft', 'submitted', 'reviewed', 'finalised', 'withdrawn')),
        self_inputs     jsonb NOT NULL DEFAULT '{}',
        self_total      numeric(7, 1),
        review_inputs   jsonb NOT NULL DEFAULT '{}',
        review_comments jsonb NOT NULL DEFAULT '{}',
        review_total    numeric(7, 1),
        passed          boolean,
        -- Why the current revision corrects a finalised one (revision > 1).
        correction_reason text,
        submitted_at    timestamptz,
        reviewed_by     text,
        reviewed_at     timestamptz,
        finalised_by    text,
        finalised_at    timestamptz,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT one_sheet_per_unit UNIQUE (competition_id, unit_id)
      )`);
    await q.query(`CREATE INDEX assessment_sheets_path_idx ON assessment_sheets (competition_id, unit_path text_pattern_ops)`);
    await q.query(`
      CREATE TABLE assessment_sheet_revisions (
        sheet_id     uuid NOT NULL REFERENCES assessment_sheets (id),
        revision     integer NOT NULL,
        snapshot     jsonb NOT NULL,
        reason       text,
        finalised_by text NOT NULL,
        finalised_at timestamptz NOT NULL,
        PRIMARY KEY (sheet_id, revision)
      )`);
    await q.query(`
      CREATE TABLE assessment_evidence (
        id           uuid PRIMARY KEY,
        sheet_id     uuid NOT NULL REFERENCES assessment_sheets (id),
        item_key     text NOT NULL,
        file_name    text NOT NULL,
        content_type text NOT NULL,
        sha256       text NOT NULL,
        bytes        bytea NOT NULL,
        uploaded_by  text NOT NULL,
        uploaded_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX assessment_evidence_sheet_idx ON assessment_evidence (sheet_id, item_key)`);
    // One published result per unit, revision and rank: publishing again emits only what changed.
    await q.query(`
      CREATE TABLE assessment_results (
        competition_id uuid NOT NULL,
        unit_id        text NOT NULL,
        revision       integer NOT NULL,
        rank           integer NOT NULL,
        ranked_among   integer NOT NULL,
        score          numeric(7, 1) NOT NULL,
        passed         boolean NOT NULL,
        published_at   timestamptz NOT NULL,
        PRIMARY KEY (competition_id, unit_id, revision, rank, ranked_among)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['assessment_results', 'assessment_evidence', 'assessment_sheet_revisions', 'assessment_sheets', 'competition_assessments', 'assessment_templates']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
