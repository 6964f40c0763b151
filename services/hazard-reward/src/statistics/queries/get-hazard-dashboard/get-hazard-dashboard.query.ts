import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { childOf, childPathSql, endOfChinaDay, OrgUnitRef, startOfChinaDay, unitsByPath, yuanOf } from '@lc/platform';
import { rectificationRate } from '../../hazard-statistics';
import type { HazardDashboardDto } from './hazard-dashboard.response.dto';

interface FigureRow {
  child_path: string;
  reports: number;
  confirmed: number;
  pending: number;
  closed: number;
  overdue: number;
  paid_fen: string;
}

type GroupedRow = FigureRow & { by_month: boolean; month: string | null; category: string | null; grade: string | null; hazards: number };
type BudgetRow = { year: number; budget_fen: string; committed_fen: string; paid_fen: string };

/**
 * The hazard dashboard: reports made in [from, to] at the unit and under it, grouped by the unit
 * directly under it on their path (one pass over the reports with their archive record and reward),
 * the hazards per month by category and grade, and the subtree's reward budgets of the period's years
 * against the rewards paid from them.
 */
@Injectable()
export class GetHazardDashboardQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(unit: OrgUnitRef, period: { from: string; to: string }): Promise<HazardDashboardDto> {
    const db = this.dataSource.manager;
    const subtree = [unit.path, descendantsLikePattern(unit.path), startOfChinaDay(period.from), endOfChinaDay(period.to)];
    const inSubtree = `(r.enterprise_path = $1 OR r.enterprise_path LIKE $2) AND r.reported_at >= $3 AND r.reported_at < $4`;
    const years = yearsOf(period);
    // One pass over the period's reports with their archive record and reward: grouped once by the unit
    // directly under the one asked about, once by month, category and grade.
    const [grouped, budgets]: [GroupedRow[], BudgetRow[]] = await Promise.all([
      db.query(
        `SELECT GROUPING(child_path) = 1 AS by_month, child_path, month, category, grade,
                count(*)::int AS reports,
                count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
                count(*) FILTER (WHERE status = 'reported')::int AS pending,
                count(*) FILTER (WHERE hazard_status = 'closed')::int AS closed,
                count(*) FILTER (WHERE deadline IS NOT NULL AND coalesce(closed_at, now()) > deadline)::int AS overdue,
                coalesce(sum(amount_fen) FILTER (WHERE reward_status = 'paid'), 0) AS paid_fen,
                count(*) FILTER (WHERE status IN ('reported', 'confirmed'))::int AS hazards
           FROM (SELECT ${childPathSql('r.enterprise_path', '$1')} AS child_path,
                        to_char(r.reported_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, r.category,
                        CASE WHEN r.status = 'confirmed' THEN r.grade ELSE 'pending' END AS grade, r.status,
                        h.status AS hazard_status, h.deadline, h.closed_at, w.status AS reward_status, w.amount_fen
                   FROM hazard_reports r
                   LEFT JOIN hazards h ON h.report_id = r.id
                   LEFT JOIN rewards w ON w.report_id = r.id
                  WHERE ${inSubtree}) x
          GROUP BY GROUPING SETS ((child_path), (month, category, grade))`,
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
        [unit.path, descendantsLikePattern(unit.path), years],
      ),
    ]);
    const rows = grouped.filter((g) => !g.by_month).sort((a, b) => a.child_path.localeCompare(b.child_path));
    // Rejected reports are not hazards: a month, category and grade with only those is left out.
    const months = grouped
      .filter((g) => g.by_month && g.hazards > 0)
      .map((g) => ({ month: g.month as string, category: g.category as string, grade: g.grade as string, reports: g.hazards }))
      .sort((a, b) => `${a.month} ${a.category} ${a.grade}`.localeCompare(`${b.month} ${b.category} ${b.grade}`));
    // Reports at the unit itself (an enterprise asked about) group under its path with a trailing '/'.
    const children = rows.filter((r) => !r.child_path.endsWith('/'));
    const names = await unitsByPath(db, children.map((c) => c.child_path));
    return {
      unit: { id: unit.id, name: unit.name },
      period,
      totals: figures(sum(rows)),
      months,
      budgets: budgets.map((b) => ({ year: b.year, budgetYuan: yuanOf(b.budget_fen), committedYuan: yuanOf(b.committed_fen), paidYuan: yuanOf(b.paid_fen) })),
      children: children.map((c) => ({ ...childOf(names, c.child_path), figures: figures(c) })),
    };
  }
}

function yearsOf(period: { from: string; to: string }): number[] {
  const first = Number(period.from.slice(0, 4));
  return Array.from({ length: Number(period.to.slice(0, 4)) - first + 1 }, (_, i) => first + i);
}

function sum(rows: FigureRow[]): FigureRow {
  const total: FigureRow = { child_path: '', reports: 0, confirmed: 0, pending: 0, closed: 0, overdue: 0, paid_fen: '0' };
  for (const r of rows) {
    total.reports += r.reports;
    total.confirmed += r.confirmed;
    total.pending += r.pending;
    total.closed += r.closed;
    total.overdue += r.overdue;
    total.paid_fen = (BigInt(total.paid_fen) + BigInt(r.paid_fen)).toString();
  }
  return total;
}

function figures(r: FigureRow) {
  return {
    reports: r.reports,
    confirmed: r.confirmed,
    pending: r.pending,
    closed: r.closed,
    rectificationRatePercent: rectificationRate(r.closed, r.confirmed),
    overdue: r.overdue,
    rewardsPaidYuan: yuanOf(r.paid_fen),
  };
}
