import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { HazardCategory, HazardGrade } from '@lc/contracts';
import { HazardRow } from './hazard.row';
import { ArchivedHazardNotFound } from './archive.errors';

/** A photo on a timeline entry, as stored (the key is the SHA-256 of the cleaned bytes). */
export interface TimelinePhoto {
  key: string;
  contentType: string;
  width: number;
  height: number;
  bytes: number;
}

/** A rectification plan as it is written on the hazard. */
export interface RectificationPlan {
  measures: string;
  deadline: Date;
  responsibleUnit: string;
  responsiblePerson: string;
  responsiblePhone: string | null;
  interimMeasures: string;
  updaterUserId: string;
}

/**
 * Every statement on an archived hazard's tables: the hazard (`hazards`) and its timeline
 * (`hazard_timeline`). Methods that run inside a command or an activity take its transaction.
 */
@Injectable()
export class HazardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The hazard, locked for a change when `lock`. */
  async load(reportId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<HazardRow> {
    const [row]: HazardRow[] = await manager.query(`SELECT * FROM hazards WHERE report_id = $1 ${lock ? 'FOR UPDATE' : ''}`, [reportId]);
    if (!row) throw new ArchivedHazardNotFound(reportId);
    return row;
  }

  /** A confirmed report's hazard, open from `at`, with the timeline's first entry. */
  async open(
    tx: EntityManager,
    hazard: { reportId: string; enterpriseUnitId: string; enterprisePath: string; category: HazardCategory; grade: HazardGrade },
    openedBy: string,
    at: Date,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO hazards (report_id, enterprise_unit_id, enterprise_path, category, grade, status, opened_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'open', $6, $6)`,
      [hazard.reportId, hazard.enterpriseUnitId, hazard.enterprisePath, hazard.category, hazard.grade, at],
    );
    await tx.query(`INSERT INTO hazard_timeline (report_id, kind, actor_user_id, at) VALUES ($1, 'opened', $2, $3)`, [hazard.reportId, openedBy, at]);
  }

  /** The plan set or revised (a moved deadline starts reminder and overdue over); the hazard as saved. */
  async savePlan(tx: EntityManager, reportId: string, plan: RectificationPlan): Promise<HazardRow> {
    const [row] = (await tx.query(
      `UPDATE hazards SET measures = $2, deadline = $3, responsible_unit = $4, responsible_person = $5, responsible_phone = $6,
              interim_measures = $7, updater_user_id = $8, plan_version = plan_version + 1,
              overdue_since = CASE WHEN $3 > now() THEN NULL ELSE overdue_since END,
              escalated_to_unit_id = CASE WHEN $3 > now() THEN NULL ELSE escalated_to_unit_id END,
              reminded_at = CASE WHEN deadline IS DISTINCT FROM $3 THEN NULL ELSE reminded_at END, updated_at = now()
        WHERE report_id = $1 RETURNING *`,
      [reportId, plan.measures, plan.deadline, plan.responsibleUnit, plan.responsiblePerson, plan.responsiblePhone, plan.interimMeasures, plan.updaterUserId],
    )) as [HazardRow[], number];
    return row[0];
  }

  async recordProgress(tx: EntityManager, reportId: string, at: Date): Promise<void> {
    await tx.query(`UPDATE hazards SET last_progress_at = $2, updated_at = $2 WHERE report_id = $1`, [reportId, at]);
  }

  async markRectificationVerified(tx: EntityManager, reportId: string): Promise<void> {
    await tx.query(`UPDATE hazards SET rectification_verified_at = now() WHERE report_id = $1`, [reportId]);
  }

  /** Verified, with its close-out going up the chain of the workflow given. */
  async submitCloseOut(tx: EntityManager, reportId: string, workflowId: string): Promise<void> {
    await tx.query(
      `UPDATE hazards SET status = 'close_out_pending', rectification_verified_at = now(), close_out_workflow_id = $2, updated_at = now() WHERE report_id = $1`,
      [reportId, workflowId],
    );
  }

  /** Open again after its close-out was refused up the chain: it needs a new verification. */
  async reopen(tx: EntityManager, reportId: string): Promise<void> {
    await tx.query(
      `UPDATE hazards SET status = 'open', rectification_verified_at = NULL, close_out_workflow_id = NULL, updated_at = now() WHERE report_id = $1`,
      [reportId],
    );
  }

  /** Closed out at `at`, with its timeline entry. */
  async close(tx: EntityManager, reportId: string, closedBy: string, note: string | null, at: Date): Promise<void> {
    await tx.query(`UPDATE hazards SET status = 'closed', closed_at = $2, updated_at = $2 WHERE report_id = $1`, [reportId, at]);
    await tx.query(`INSERT INTO hazard_timeline (report_id, kind, actor_user_id, note, at) VALUES ($1, 'closed', $2, $3, $4)`, [reportId, closedBy, note, at]);
  }

  /** When the report the hazard came from was made. */
  async reportedAt(tx: EntityManager, reportId: string): Promise<Date> {
    const [report]: { reported_at: Date }[] = await tx.query(`SELECT reported_at FROM hazard_reports WHERE id = $1`, [reportId]);
    return report.reported_at;
  }

  async markReminded(tx: EntityManager, reportId: string, at: Date): Promise<void> {
    await tx.query(`UPDATE hazards SET reminded_at = $2, updated_at = $2 WHERE report_id = $1`, [reportId, at]);
  }

  async markOverdue(tx: EntityManager, reportId: string, at: Date, escalatedTo: string | null): Promise<void> {
    await tx.query(`UPDATE hazards SET overdue_since = $2, escalated_to_unit_id = $3, updated_at = $2 WHERE report_id = $1`, [reportId, at, escalatedTo]);
  }

  /** An entry on the timeline; false when the same entry is there already (a unique index: once per hazard, kind and deadline). */
  async addTimeline(
    tx: EntityManager,
    reportId: string,
    entry: { kind: string; actorUserId?: string | null; note?: string | null; deadline?: Date | null; at?: Date; photos?: readonly TimelinePhoto[] },
  ): Promise<boolean> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO hazard_timeline (report_id, kind, actor_user_id, note, deadline, at, photos) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT DO NOTHING RETURNING id`,
      [reportId, entry.kind, entry.actorUserId ?? null, entry.note ?? null, entry.deadline ?? null, entry.at ?? new Date(), JSON.stringify(entry.photos ?? [])],
    );
    return inserted.length > 0;
  }

  /**
   * The progress photos of a hazard in the order they were posted, numbered from 1 over its whole
   * timeline (an entry's photos keep their numbers, since entries are only ever added).
   */
  async progressPhotos(reportId: string): Promise<TimelinePhoto[]> {
    const rows: { photos: TimelinePhoto[] }[] = await this.dataSource.query(
      `SELECT photos FROM hazard_timeline WHERE report_id = $1 AND jsonb_array_length(photos) > 0 ORDER BY id`,
      [reportId],
    );
    return rows.flatMap((r) => r.photos);
  }
}
