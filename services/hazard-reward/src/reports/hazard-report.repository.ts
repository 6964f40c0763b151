import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OneStatement } from '@lc/messaging';
import { REPORT_COLUMNS, REPORT_FROM, ReportRow } from './report.row';
import { HazardReportNotFound } from './report.errors';

/** What a duplicate's verdict checks of the report it points at. */
export interface ReportEssentials {
  enterprise_unit_id: string;
  reported_at: Date;
  status: string;
}

/** A verification's verdict as it is written on the report. */
export interface ReportVerdict {
  status: string;
  grade: string | null;
  duplicateOf: string | null;
  reason: string | null;
  verifiedBy: string;
  verifiedAt: Date;
}

/** A submission's row as it was first answered: what was sent (digest) and the sealed answer. */
export interface SubmissionRow {
  request_digest: string;
  sealed_answer: Buffer;
}

/**
 * Every statement on a hazard report's tables: the report (`hazard_reports`), its named reporter
 * (`hazard_reporters`), the key and PIN of an anonymous one (`anonymous_report_keys`, with the tries
 * counted against a key in `anonymous_key_attempts`), the idempotent submission that made it
 * (`report_submissions`) and the hourly count of a reporter's reports (`report_quota`). Methods that run inside a command take its transaction.
 */
@Injectable()
export class HazardReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The report with its named reporter, locked for a change when `lock`. */
  async load(reportId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<ReportRow> {
    const rows: ReportRow[] = await manager.query(`SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM} WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`, [reportId]);
    if (!rows[0]) throw new HazardReportNotFound(reportId);
    return rows[0];
  }

  /** The enterprise, day and status of a report, or undefined when there is none. */
  async essentials(tx: EntityManager, reportId: string): Promise<ReportEssentials | undefined> {
    const [row]: ReportEssentials[] = await tx.query(`SELECT enterprise_unit_id, reported_at, status FROM hazard_reports WHERE id = $1`, [reportId]);
    return row;
  }

  /** The status and verifier of a report, or undefined when there is none. */
  async verification(tx: EntityManager, reportId: string): Promise<{ status: string; verified_by: string | null; enterprise_unit_id: string } | undefined> {
    const [row]: { status: string; verified_by: string | null; enterprise_unit_id: string }[] = await tx.query(
      `SELECT status, verified_by, enterprise_unit_id FROM hazard_reports WHERE id = $1`,
      [reportId],
    );
    return row;
  }

  async recordVerdict(tx: EntityManager, reportId: string, verdict: ReportVerdict): Promise<void> {
    await tx.query(
      `UPDATE hazard_reports SET status = $2, grade = $3, duplicate_of = $4, verdict_reason = $5, verified_by = $6, verified_at = $7 WHERE id = $1`,
      [reportId, verdict.status, verdict.grade, verdict.duplicateOf, verdict.reason, verdict.verifiedBy, verdict.verifiedAt],
    );
  }

  /**
   * Adds the report's inserts to a statement: the report, and its named reporter or its anonymous key
   * and PIN hash.
   */
  addReport(
    statement: OneStatement,
    row: ReportRow,
    reporter: { anonymousKey: { keyDigest: string; pinHash: string } } | { userId: string; displayName: string },
  ): void {
    statement.add({
      sql: `INSERT INTO hazard_reports (id, enterprise_unit_id, enterprise_path, location, latitude, longitude, category, description,
                                        photos, anonymous, reporter_tag, reported_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      params: [
        row.id,
        row.enterprise_unit_id,
        row.enterprise_path,
        row.location,
        row.latitude,
        row.longitude,
        row.category,
        row.description,
        JSON.stringify(row.photos),
        row.anonymous,
        row.reporter_tag,
        row.reported_at,
      ],
    });
    if ('anonymousKey' in reporter) {
      statement.add({
        sql: `INSERT INTO anonymous_report_keys (report_id, key_digest, pin_hash) VALUES ($1, $2, $3)`,
        params: [row.id, reporter.anonymousKey.keyDigest, reporter.anonymousKey.pinHash],
      });
    } else {
      statement.add({
        sql: `INSERT INTO hazard_reporters (report_id, user_id, display_name) VALUES ($1, $2, $3)`,
        params: [row.id, reporter.userId, reporter.displayName],
      });
    }
  }

  /**
   * Adds the reporter's hourly count to the report's statement: past hours' buckets are dropped, and
   * the check constraint refuses a count over `perHour`, failing the whole statement.
   */
  addQuotaCount(statement: OneStatement, bucket: string, hour: Date, perHour: number): void {
    statement.add({ sql: `DELETE FROM report_quota WHERE hour < $1`, params: [hour] });
    statement.add({
      sql: `INSERT INTO report_quota AS q (bucket, hour, reports, max_reports) VALUES ($1, $2, 1, $3)
            ON CONFLICT (bucket) DO UPDATE SET reports = q.reports + 1, max_reports = $3`,
      params: [bucket, hour, perHour],
    });
  }

  /** The submission made with this key digest, if any. */
  async submission(keyDigest: string): Promise<SubmissionRow | undefined> {
    const [row]: SubmissionRow[] = await this.dataSource.query(`SELECT request_digest, sealed_answer FROM report_submissions WHERE key_digest = $1`, [keyDigest]);
    return row;
  }

  /** Adds the submission's row to the report's own statement: both are written, or neither. */
  addSubmission(statement: OneStatement, keyDigest: string, reportId: string, requestDigest: string, sealedAnswer: Buffer): void {
    statement.add({
      sql: `INSERT INTO report_submissions (key_digest, report_id, request_digest, sealed_answer) VALUES ($1, $2, $3, $4)`,
      params: [keyDigest, reportId, requestDigest, sealedAnswer],
    });
  }

  /** The report and PIN hash an anonymous report key opens, if any. */
  async anonymousKey(keyDigest: string): Promise<{ report_id: string; pin_hash: string } | undefined> {
    const [row]: { report_id: string; pin_hash: string }[] = await this.dataSource.query(
      `SELECT report_id, pin_hash FROM anonymous_report_keys WHERE key_digest = $1`,
      [keyDigest],
    );
    return row;
  }

  /** A right try clears the key's count. */
  async clearTries(keyDigest: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM anonymous_key_attempts WHERE key_digest = $1`, [keyDigest]);
  }

  /**
   * One atomic statement: a count whose last failure is older than the lock period starts again; the
   * try that reaches the limit sets the lock. Before it, a few counts that would start again anyway are
   * cleared, so guessed keys do not pile up (rows another try is clearing are skipped).
   */
  async countTry(keyDigest: string, limits: { maxFailures: number; lockMinutes: number }): Promise<{ failures: number; locked_until: Date | null }> {
    await this.dataSource.query(
      `DELETE FROM anonymous_key_attempts WHERE key_digest IN
         (SELECT key_digest FROM anonymous_key_attempts WHERE last_failure < now() - make_interval(mins => $1)
           ORDER BY last_failure LIMIT 20 FOR UPDATE SKIP LOCKED)`,
      [limits.lockMinutes],
    );
    const [state]: { failures: number; locked_until: Date | null }[] = await this.dataSource.query(
      `INSERT INTO anonymous_key_attempts AS a (key_digest, failures, locked_until, last_failure)
       VALUES ($1, 1, NULL, now())
       ON CONFLICT (key_digest) DO UPDATE SET
         failures = CASE WHEN a.last_failure < now() - make_interval(mins => $3) THEN 1 ELSE a.failures + 1 END,
         locked_until = CASE
           WHEN a.locked_until > now() THEN a.locked_until
           WHEN a.last_failure >= now() - make_interval(mins => $3) AND a.failures + 1 > $2 THEN now() + make_interval(mins => $3)
           ELSE NULL END,
         last_failure = now()
       RETURNING failures, locked_until`,
      [keyDigest, limits.maxFailures, limits.lockMinutes],
    );
    return state;
  }
}
