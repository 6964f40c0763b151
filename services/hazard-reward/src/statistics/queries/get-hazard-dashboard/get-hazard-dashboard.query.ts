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
    const [rows, months, budgets]: [FigureRow[], HazardDashboardDto['months'], { year: number; budget_fen: string; committed_fen: string; paid_fen: string }[]] =
      await Promise.all([
        db.query(
          `SELECT ${childPathSql('r.enterprise_path', '$1')} AS child_path,
                  count(*)::int AS reports,
                  count(*) FILTER (WHERE r.status = 'confirmed')::int AS confirmed,
                  count(*) FILTER (WHERE r.status = 'reported')::int AS pending,
                  count(*) FILTER (WHERE h.status = 'closed')::int AS closed,
                  count(*) FILTER (WHERE h.deadline IS NOT NULL AND coalesce(h.closed_at, now()) > h.deadline)::int AS overdue,
                  coalesce(sum(w.amount_fen) FILTER (WHERE w.status = 'paid'), 0) AS paid_fen
             FROM hazard_reports r
             LEFT JOIN hazards h ON h.report_id = r.id
             LEFT JOIN rewards w ON w.report_id = r.id
            WHERE ${inSubtree}
            GROUP BY 1 ORDER BY 1`,
          subtree,
        ),
        db.query(
          `SELECT to_char(r.reported_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, r.category,
                  CASE WHEN r.status = 'confirmed' THEN r.grade ELSE 'pending' END AS grade, count(*)::int AS reports
             FROM hazard_reports r
            WHERE ${inSubtree} AND r.status IN ('reported', 'confirmed')
            GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
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
