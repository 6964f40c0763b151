import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { childOf, childPathSql, endOfChinaDay, OrgUnitRef, startOfChinaDay, unitsByPath, yuanOf } from '@lc/platform';
import { rectificationRate } from '../../hazard-statistics';
import type { HazardDashboardDto } from './hazard-dashboard.response.dto';

interface ChildReportRow {
  child_path: string;
  reports: number;
  confirmed: number;
  pending: number;
}

type MonthRow = HazardDashboardDto['months'][number];

interface ArchiveRow {
  child_path: string;
  hazards: number;
  closed: number;
  overdue: number;
}

interface BudgetRow {
  year: number;
  budget_fen: string;
  committed_fen: string;
  paid_fen: string;
}

type Figures = HazardDashboardDto['totals'];

/**
 * The hazard dashboard of a unit's subtree over [from, to], each a single pass over one table, no
 * joins (the city of 20,000 enterprises answers within the dashboards' budget):
 * - the reports made in the period, grouped by the unit directly under the one asked about, and by
 *   month, category and grade;
 * - the hazards entered in the archive (confirmed) in the period: closed out, the rectification rate and
 *   overdue, grouped the same way;
 * - each year of the period, the reward budgets of the subtree's unions against the rewards they paid.
 */
@Injectable()
export class GetHazardDashboardQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(unit: OrgUnitRef, period: { from: string; to: string }): Promise<HazardDashboardDto> {
    const db = this.dataSource.manager;
    const subtree = [unit.path, descendantsLikePattern(unit.path), startOfChinaDay(period.from), endOfChinaDay(period.to)];
    const inPeriod = `(r.enterprise_path = $1 OR r.enterprise_path LIKE $2) AND r.reported_at >= $3 AND r.reported_at < $4`;
    // Separate passes, side by side: one grouping-sets query over both would sort the reports twice.
    const [byChild, byMonth, archive, budgets]: [ChildReportRow[], MonthRow[], ArchiveRow[], BudgetRow[]] = await Promise.all([
      db.query(
        `SELECT ${childPathSql('r.enterprise_path', '$1')} AS child_path, count(*)::int AS reports,
                count(*) FILTER (WHERE r.status = 'confirmed')::int AS confirmed,
                count(*) FILTER (WHERE r.status = 'reported')::int AS pending
           FROM hazard_reports r WHERE ${inPeriod} GROUP BY 1`,
        subtree,
      ),
      // Rejected reports are not hazards and are left out of the months.
      db.query(
        `SELECT to_char(month, 'YYYY-MM') AS month, category, grade, reports
           FROM (SELECT date_trunc('month', r.reported_at AT TIME ZONE 'Asia/Shanghai') AS month, r.category,
                        CASE WHEN r.status = 'confirmed' THEN r.grade ELSE 'pending' END AS grade, count(*)::int AS reports
                   FROM hazard_reports r WHERE ${inPeriod} AND r.status IN ('reported', 'confirmed') GROUP BY 1, 2, 3) m
          ORDER BY 1, 2, 3`,
        subtree,
      ),
      db.query(
        `SELECT ${childPathSql('h.enterprise_path', '$1')} AS child_path,
                count(*)::int AS hazards,
                count(*) FILTER (WHERE h.status = 'closed')::int AS closed,
                count(*) FILTER (WHERE h.deadline IS NOT NULL AND coalesce(h.closed_at, now()) > h.deadline)::int AS overdue
           FROM hazards h
          WHERE (h.enterprise_path = $1 OR h.enterprise_path LIKE $2) AND h.opened_at >= $3 AND h.opened_at < $4
          GROUP BY 1`,
        subtree,
      ),
      db.query(
        `SELECT y.year, coalesce(b.budget_fen, 0) AS budget_fen, coalesce(b.committed_fen, 0) AS committed_fen, coalesce(p.paid_fen, 0) AS paid_fen
           FROM unnest($3::int[]) AS y (year)
           LEFT JOIN (SELECT year, sum(total_fen) AS budget_fen, sum(committed_fen) AS committed_fen FROM reward_budgets
                       WHERE (issuing_path = $1 OR issuing_path LIKE $2) GROUP BY year) b ON b.year = y.year
           LEFT JOIN (SELECT budget_year, sum(amount_fen) AS paid_fen FROM rewards
                       WHERE status = 'paid' AND (issuing_path = $1 OR issuing_path LIKE $2) AND budget_year = ANY($3::int[]) GROUP BY budget_year) p ON p.budget_year = y.year
          ORDER BY y.year`,
        [unit.path, descendantsLikePattern(unit.path), yearsOf(period)],
      ),
    ]);
    // Rows of the unit itself (an enterprise asked about) group under its path with a trailing '/'.
    const childPaths = [...new Set([...byChild.map((r) => r.child_path), ...archive.map((a) => a.child_path)])].filter((p) => !p.endsWith('/')).sort();
    const names = await unitsByPath(db, childPaths);
    const figuresOf = (paths: string[]) =>
      figures(
        byChild.filter((r) => paths.includes(r.child_path)),
        archive.filter((a) => paths.includes(a.child_path)),
      );
    return {
      unit: { id: unit.id, name: unit.name },
      period,
      totals: figures(byChild, archive),
      months: byMonth,
      budgets: budgets.map((b) => ({ year: b.year, budgetYuan: yuanOf(b.budget_fen), committedYuan: yuanOf(b.committed_fen), paidYuan: yuanOf(b.paid_fen) })),
      children: childPaths.map((path) => ({ ...childOf(names, path), figures: figuresOf([path]) })),
    };
  }
}

function yearsOf(period: { from: string; to: string }): number[] {
  const first = Number(period.from.slice(0, 4));
  return Array.from({ length: Number(period.to.slice(0, 4)) - first + 1 }, (_, i) => first + i);
}

function figures(reports: ChildReportRow[], archive: ArchiveRow[]): Figures {
  const sum = <R>(rows: R[], pick: (r: R) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const hazards = sum(archive, (a) => a.hazards);
  const closed = sum(archive, (a) => a.closed);
  return {
    reports: sum(reports, (r) => r.reports),
    confirmed: sum(reports, (r) => r.confirmed),
    pending: sum(reports, (r) => r.pending),
    hazards,
    closed,
    rectificationRatePercent: rectificationRate(closed, hazards),
    overdue: sum(archive, (a) => a.overdue),
  };
}
