import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { SheetInputs } from '@lc/scoring';
import { SheetRow } from './sheet.row';
import { SheetNotFound } from './sheet.errors';

/** A sheet with the path of its competition's organiser, which decides who reviews it. */
export type SheetWithOrganiser = SheetRow & { organiser_path: string };

export interface EvidenceRow {
  id: string;
  item_key: string;
  file_name: string;
}

export interface RevisionRow {
  revision: number;
  reason: string | null;
  finalised_by: string;
  finalised_at: Date;
  snapshot: { review: { total: number } };
}

/**
 * Every statement on a sheet's tables: the sheet (`assessment_sheets`), its evidence files and its
 * finalised revisions, and the competition's choice of template (`competition_assessments`). Methods
 * that run inside a command take its transaction.
 */
@Injectable()
export class SheetRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The sheet, locked for a change when `lock`. */
  async load(sheetId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<SheetWithOrganiser> {
    const [row]: SheetWithOrganiser[] = await manager.query(
      `SELECT s.*, c.organiser_path FROM assessment_sheets s JOIN competition_assessments c ON c.competition_id = s.competition_id
        WHERE s.id = $1 ${lock ? 'FOR UPDATE OF s' : ''}`,
      [sheetId],
    );
    if (!row) throw new SheetNotFound(sheetId);
    return row;
  }

  saveSelfAssessment(tx: EntityManager, sheetId: string, inputs: SheetInputs, total: number | null): Promise<SheetRow> {
    return this.updated(tx, `UPDATE assessment_sheets SET self_inputs = $2, self_total = $3, updated_at = now() WHERE id = $1 RETURNING *`, [
      sheetId,
      JSON.stringify(inputs),
      total,
    ]);
  }

  submit(tx: EntityManager, sheetId: string): Promise<SheetRow> {
    return this.updated(tx, `UPDATE assessment_sheets SET status = 'submitted', submitted_at = now(), updated_at = now() WHERE id = $1 RETURNING *`, [sheetId]);
  }

  saveReview(
    tx: EntityManager,
    sheetId: string,
    review: { inputs: SheetInputs; comments: Record<string, string>; total: number | null; passed: boolean | null; reviewedBy: string },
  ): Promise<SheetRow> {
    return this.updated(
      tx,
      `UPDATE assessment_sheets SET review_inputs = $2, review_comments = $3, review_total = $4, passed = $5, status = 'reviewed',
              reviewed_by = $6, reviewed_at = now(), updated_at = now() WHERE id = $1 RETURNING *`,
      [sheetId, JSON.stringify(review.inputs), JSON.stringify(review.comments), review.total, review.passed, review.reviewedBy],
    );
  }

  /** The sheet finalised, and its revision kept as the snapshot given. */
  async finalise(tx: EntityManager, sheetId: string, finalisedBy: string, snapshotOf: (row: SheetRow) => unknown): Promise<SheetRow> {
    const row = await this.updated(
      tx,
      `UPDATE assessment_sheets SET status = 'finalised', finalised_by = $2, finalised_at = now(), updated_at = now() WHERE id = $1 RETURNING *`,
      [sheetId, finalisedBy],
    );
    await tx.query(
      `INSERT INTO assessment_sheet_revisions (sheet_id, revision, snapshot, reason, finalised_by, finalised_at) VALUES ($1, $2, $3, $4, $5, now())`,
      [sheetId, row.revision, JSON.stringify(snapshotOf(row)), row.correction_reason, finalisedBy],
    );
    return row;
  }

  /** A finalised sheet opened again as its next revision, for the reason given. */
  async startCorrection(tx: EntityManager, sheetId: string, reason: string): Promise<void> {
    await tx.query(`UPDATE assessment_sheets SET revision = revision + 1, correction_reason = $2, finalised_by = NULL, finalised_at = NULL WHERE id = $1`, [
      sheetId,
      reason,
    ]);
  }

  async addEvidence(
    tx: EntityManager,
    evidence: { id: string; sheetId: string; itemKey: string; fileName: string; contentType: string; sha256: string; bytes: Buffer; uploadedBy: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO assessment_evidence (id, sheet_id, item_key, file_name, content_type, sha256, bytes, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [evidence.id, evidence.sheetId, evidence.itemKey, evidence.fileName, evidence.contentType, evidence.sha256, evidence.bytes, evidence.uploadedBy],
    );
  }

  async evidenceFile(sheetId: string, evidenceId: string): Promise<{ content_type: string; file_name: string; bytes: Buffer } | undefined> {
    const [row]: { content_type: string; file_name: string; bytes: Buffer }[] = await this.dataSource.query(
      `SELECT content_type, file_name, bytes FROM assessment_evidence WHERE id = $1 AND sheet_id = $2`,
      [evidenceId, sheetId],
    );
    return row;
  }

  evidence(sheetId: string): Promise<EvidenceRow[]> {
    return this.dataSource.query(`SELECT id, item_key, file_name FROM assessment_evidence WHERE sheet_id = $1 ORDER BY uploaded_at`, [sheetId]);
  }

  revisions(sheetId: string): Promise<RevisionRow[]> {
    return this.dataSource.query(
      `SELECT revision, reason, finalised_by, finalised_at, snapshot FROM assessment_sheet_revisions WHERE sheet_id = $1 ORDER BY revision`,
      [sheetId],
    );
  }

  /** The template the competition's units are assessed with, locked for its change; undefined before it is chosen. */
  async lockConfiguredTemplate(tx: EntityManager, competitionId: string): Promise<string | undefined> {
    const [current]: { template_id: string }[] = await tx.query(
      `SELECT template_id FROM competition_assessments WHERE competition_id = $1 FOR UPDATE`,
      [competitionId],
    );
    return current?.template_id;
  }

  /** Whether any sheet of the competition went past its draft. */
  async anyStarted(tx: EntityManager, competitionId: string): Promise<boolean> {
    const [started]: unknown[] = await tx.query(
      `SELECT 1 FROM assessment_sheets WHERE competition_id = $1 AND status NOT IN ('draft', 'withdrawn') LIMIT 1`,
      [competitionId],
    );
    return started !== undefined;
  }

  /** Every sheet of the competition moved to another template, its self assessment emptied. */
  async retemplate(tx: EntityManager, competitionId: string, templateId: string): Promise<void> {
    await tx.query(`UPDATE assessment_sheets SET template_id = $2, self_inputs = '{}', self_total = NULL WHERE competition_id = $1`, [competitionId, templateId]);
  }

  async saveConfiguration(
    tx: EntityManager,
    configuration: { competitionId: string; templateId: string; organiserUnitId: string; organiserPath: string; configuredBy: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO competition_assessments (competition_id, template_id, organiser_unit_id, organiser_path, configured_by)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (competition_id) DO UPDATE SET template_id = EXCLUDED.template_id, configured_by = EXCLUDED.configured_by, configured_at = now()`,
      [configuration.competitionId, configuration.templateId, configuration.organiserUnitId, configuration.organiserPath, configuration.configuredBy],
    );
  }

  /** The organiser's path of a competition whose assessment is configured. */
  async organiserPathOf(competitionId: string): Promise<string | undefined> {
    const [competition]: { organiser_path: string }[] = await this.dataSource.query(
      `SELECT organiser_path FROM competition_assessments WHERE competition_id = $1`,
      [competitionId],
    );
    return competition?.organiser_path;
  }

  /** An UPDATE … RETURNING answers [rows, count]: the one row. */
  private async updated(tx: EntityManager, sql: string, params: unknown[]): Promise<SheetRow> {
    const [[row]] = (await tx.query(sql, params)) as [[SheetRow]];
    return row;
  }
}
