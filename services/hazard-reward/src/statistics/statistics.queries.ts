import { yuanOf } from '@lc/platform';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import type { OrgUnitRef } from '@lc/platform';
import { rectificationRate } from './hazard-statistics';

interface Figures {
  reports: number;
  confirmed: number;
  duplicates: number;
  rejected: number;
  pending: number;
  closed: number;
  overdue: number;
  rewards_paid: number;
  rewards_paid_fen: string;
}

/**
 * The 安康杯 figures of reports made in [start, end) at the unit and under it: one pass over the
 * reports with their archive record and reward. Overdue counts hazards whose deadline passed before
 * they were closed out (still open past it, or closed after it).
 */
@Injectable()
export class StatisticsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(unit: OrgUnitRef, start: Date, end: Date, period: { from: string; to: string }) {
    const figures = (prefixColumn: string) => `
      SELECT ${prefixColumn} AS unit_path,
             count(*)::int AS reports,
             count(*) FILTER (WHERE r.status = 'confirmed')::int AS confirmed,
             count(*) FILTER (WHERE r.status = 'duplicate')::int AS duplicates,
             count(*) FILTER (WHERE r.status = 'rejected')::int AS rejected,
             count(*) FILTER (WHERE r.status = 'reported')::int AS pending,
             count(*) FILTER (WHERE h.status = 'closed')::int AS closed,
             count(*) FILTER (WHERE h.deadline IS NOT NULL AND coalesce(h.closed_at, now()) > h.deadline)::int AS overdue,
             count(*) FILTER (WHERE w.status = 'paid')::int AS rewards_paid,
             coalesce(sum(w.amount_fen) FILTER (WHERE w.status = 'paid'), 0) AS rewards_paid_fen
        FROM hazard_reports r
        LEFT JOIN hazards h ON h.report_id = r.id
        LEFT JOIN rewards w ON w.report_id = r.id
       WHERE (r.enterprise_path = $1 OR r.enterprise_path LIKE $2) AND r.reported_at >= $3 AND r.reported_at < $4`;
    const params = [unit.path, descendantsLikePattern(unit.path), start, end];
    const [totals]: Figures[] = await this.dataSource.query(`${figures('$1::text')}`, params);
    // Each report counted under the child of the unit on its path (the path's next id).
    const children: (Figures & { unit_path: string })[] = await this.dataSource.query(
      `${figures(`$1 || '/' || split_part(substr(r.enterprise_path, length($1) + 2), '/', 1)`)} AND r.enterprise_path LIKE $2 GROUP BY 1 ORDER BY 1`,
      params,
    );
    // Only confirmed reports have a grade; the others (pending, duplicate, rejected) are counted with none.
    const breakdown: { category: string; grade: string | null; reports: number; confirmed: number; closed: number; overdue: number }[] = await this.dataSource.query(
      `SELECT r.category, r.grade, count(*)::int AS reports,
              count(*) FILTER (WHERE r.status = 'confirmed')::int AS confirmed,
              count(*) FILTER (WHERE h.status = 'closed')::int AS closed,
              count(*) FILTER (WHERE h.deadline IS NOT NULL AND coalesce(h.closed_at, now()) > h.deadline)::int AS overdue
         FROM hazard_reports r LEFT JOIN hazards h ON h.report_id = r.id
        WHERE (r.enterprise_path = $1 OR r.enterprise_path LIKE $2) AND r.reported_at >= $3 AND r.reported_at < $4
        GROUP BY 1, 2 ORDER BY 1, 2 NULLS LAST`,
      params,
    );
    const names: { id: string; name: string; path: string }[] = await this.dataSource.query(
      `SELECT id, name, path FROM org_tree_units WHERE path = ANY($1::text[])`,
      [children.map((c) => c.unit_path)],
    );
    const years = Array.from({ length: Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) + 1 }, (_, i) => Number(period.from.slice(0, 4)) + i);
    const budgets: { year: number; total_fen: string; committed_fen: string }[] = await this.dataSource.query(
      `SELECT year, total_fen, committed_fen FROM reward_budgets WHERE issuing_unit_id = $1 AND year = ANY($2::int[]) ORDER BY year`,
      [unit.id, years],
    );
    return {
      unit: { id: unit.id, name: unit.name },
      period,
      totals: view(totals),
      byCategoryAndGrade: breakdown,
      budgets: budgets.map((b) => ({
        year: b.year,
        totalYuan: yuanOf(b.total_fen),
        committedYuan: yuanOf(b.committed_fen),
        leftYuan: yuanOf((BigInt(b.total_fen) - BigInt(b.committed_fen)).toString()),
      })),
      children: children.map((c) => {
        const child = names.find((n) => n.path === c.unit_path);
        return { unitId: child?.id ?? c.unit_path.split('/').pop(), name: child?.name ?? null, ...view(c) };
      }),
    };
  }

  /** The named reporters of the unit's subtree by confirmed hazards reported in [start, end), most first; anonymous reports count for nobody. */
  topReporters(
    unit: OrgUnitRef,
    start: Date,
    end: Date,
    limit: number,
  ): Promise<{ user_id: string; display_name: string; confirmed: number; major: number; paid_fen: string }[]> {
    return this.dataSource.query(
      `SELECT p.user_id, min(p.display_name) AS display_name, count(*)::int AS confirmed,
              count(*) FILTER (WHERE r.grade = 'major')::int AS major,
              coalesce(sum(w.amount_fen) FILTER (WHERE w.status = 'paid'), 0) AS paid_fen
         FROM hazard_reports r JOIN hazard_reporters p ON p.report_id = r.id LEFT JOIN rewards w ON w.report_id = r.id
        WHERE r.status = 'confirmed' AND NOT r.anonymous AND (r.enterprise_path = $1 OR r.enterprise_path LIKE $2)
          AND r.reported_at >= $3 AND r.reported_at < $4
        GROUP BY p.user_id ORDER BY confirmed DESC, major DESC, p.user_id LIMIT ${limit}`,
      [unit.path, descendantsLikePattern(unit.path), start, end],
    );
  }
}

function view(f: Figures) {
  return {
    reports: f.reports,
    confirmed: f.confirmed,
    duplicates: f.duplicates,
    rejected: f.rejected,
    pending: f.pending,
    closed: f.closed,
    rectificationRatePercent: rectificationRate(f.closed, f.confirmed),
    overdue: f.overdue,
    rewardsPaid: f.rewards_paid,
    rewardsPaidYuan: yuanOf(f.rewards_paid_fen),
  };
}
