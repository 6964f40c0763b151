import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { endOfChinaDay, OrgUnitRef, startOfChinaDay } from '@lc/platform';
import type { HazardCategory } from '@lc/contracts';
import { SubtreeFilter } from '../subtree-query';
import { REPORT_COLUMNS, REPORT_FROM, ReportRow } from './report.row';
import { RECTIFICATION_COLUMNS, RectificationRow } from './report-rectification';

/** A reporter's own report with its reward and rectification. */
export type MyReportRow = ReportRow & RectificationRow & { reward_status: string | null; reward_fen: string | null; reward_note: string | null };

/** An anonymous report as its key and PIN show it: the verdict, the rectification and the reward with its claim. */
export type FollowedReportRow = RectificationRow & {
  id: string;
  enterprise_unit_id: string;
  location: string;
  category: string;
  description: string;
  reported_at: Date;
  status: string;
  grade: string | null;
  verdict_reason: string | null;
  verified_at: Date | null;
  reward_status: string | null;
  amount_fen: string | null;
  status_note: string | null;
  claimed_at: Date | null;
  redeemed_at: Date | null;
};

/** The report lists: read-only SQL across reports, their rewards and hazards, for the list endpoints. */
@Injectable()
export class ReportQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The reports made at the unit and under it, newest first, one page of them and how many there are. */
  async under(
    unit: OrgUnitRef,
    filter: { status?: string; category?: HazardCategory; from?: string; to?: string },
    page: { limit: number; offset: number },
  ): Promise<{ rows: ReportRow[]; total: number }> {
    const where = new SubtreeFilter('r.enterprise_path', unit);
    if (filter.status) where.and('r.status = ?', filter.status);
    if (filter.category) where.and('r.category = ?', filter.category);
    if (filter.from) where.and('r.reported_at >= ?', startOfChinaDay(filter.from));
    if (filter.to) where.and('r.reported_at < ?', endOfChinaDay(filter.to));
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM hazard_reports r WHERE ${where.sql}`, where.params);
    const rows: ReportRow[] = await this.dataSource.query(
      `SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM} WHERE ${where.sql}
        ORDER BY r.reported_at DESC, r.id LIMIT ${page.limit} OFFSET ${page.offset}`,
      where.params,
    );
    return { rows, total };
  }

  /** The named reports of the reporter tag, newest first, with their rewards; how many there are and the sum paid. */
  async ofReporter(tag: string, page: { limit: number; offset: number }): Promise<{ rows: MyReportRow[]; total: number; paidFen: string }> {
    const rows: MyReportRow[] = await this.dataSource.query(
      `SELECT ${REPORT_COLUMNS}, w.status AS reward_status, w.amount_fen AS reward_fen, w.status_note AS reward_note, ${RECTIFICATION_COLUMNS}
         FROM ${REPORT_FROM} LEFT JOIN rewards w ON w.report_id = r.id LEFT JOIN hazards h ON h.report_id = r.id
        WHERE r.reporter_tag = $1 ORDER BY r.reported_at DESC, r.id LIMIT ${page.limit} OFFSET ${page.offset}`,
      [tag],
    );
    const [totals]: { total: number; paid_fen: string }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total,
              coalesce((SELECT sum(w.amount_fen) FROM rewards w JOIN hazard_reports r ON r.id = w.report_id
                         WHERE r.reporter_tag = $1 AND w.status = 'paid'), 0) AS paid_fen
         FROM hazard_reports WHERE reporter_tag = $1`,
      [tag],
    );
    return { rows, total: totals.total, paidFen: totals.paid_fen };
  }

  /** An anonymous report followed with its key and PIN. */
  async followed(reportId: string): Promise<FollowedReportRow> {
    const [row]: FollowedReportRow[] = await this.dataSource.query(
      `SELECT r.id, r.enterprise_unit_id, r.location, r.category, r.description, r.reported_at, r.status, r.grade, r.verdict_reason, r.verified_at,
              ${RECTIFICATION_COLUMNS},
              w.status AS reward_status, w.amount_fen, w.status_note, c.claimed_at, c.redeemed_at
         FROM hazard_reports r LEFT JOIN hazards h ON h.report_id = r.id LEFT JOIN rewards w ON w.report_id = r.id
         LEFT JOIN reward_claims c ON c.reward_id = w.id
        WHERE r.id = $1`,
      [reportId],
    );
    return row;
  }
}
