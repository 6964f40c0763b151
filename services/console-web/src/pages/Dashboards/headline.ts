import type { MessageKey } from '../../locales/zh-CN';
import { formatPercent, formatYuan } from '../../utils/format';
import { COVERAGE_TARGET, type DashboardData } from './dashboard-data';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface HeadlineFigure {
  key: string;
  title: string;
  value: string;
  note?: string;
  /** Shown in red: behind the target, or hazards past their deadline. */
  alert?: boolean;
}

const rate = (percent: number | null | undefined) => (percent === null || percent === undefined ? '—' : `${percent.toFixed(1)}%`);

/** The big numbers over the charts, from whichever services answered. */
export function headlineFigures(d: DashboardData, t: T): HeadlineFigure[] {
  const figures: HeadlineFigure[] = [];
  if (d.coverage) {
    const s = d.coverage.aboveScale;
    figures.push({ key: 'coverage', title: t('dashboards.stat.coverage'), value: formatPercent(s.share), note: t('dashboards.stat.target', { target: COVERAGE_TARGET }), alert: s.meetsTarget === false });
  }
  if (d.hazards) {
    const h = d.hazards.totals;
    // Rewards are paid from the unions' budgets: the subtree's budgets of the period's years against what they paid.
    const budget = d.hazards.budgets.reduce((sum, b) => sum + Number(b.budgetYuan), 0);
    const paid = d.hazards.budgets.reduce((sum, b) => sum + Number(b.paidYuan), 0);
    figures.push(
      { key: 'reports', title: t('dashboards.stat.reports'), value: String(h.reports) },
      { key: 'rectification', title: t('dashboards.stat.rectification'), value: rate(h.rectificationRatePercent) },
      { key: 'overdue', title: t('dashboards.stat.overdue'), value: String(h.overdue), alert: h.overdue > 0 },
      { key: 'rewards', title: t('dashboards.stat.rewardsPaid'), value: formatYuan(paid), note: t('dashboards.stat.ofBudget', { budget: formatYuan(budget) }) },
    );
  }
  if (d.assessment) {
    const a = d.assessment.totals;
    figures.push({ key: 'passRate', title: t('dashboards.stat.passRate'), value: rate(a.passRatePercent), note: t('dashboards.stat.ofSheets', { count: a.finalised }) });
  }
  if (d.honours) {
    const h = d.honours.totals;
    figures.push({ key: 'honours', title: t('dashboards.stat.honours'), value: String(h.conferred), note: t('dashboards.stat.underWay', { count: h.underWay }) });
  }
  return figures;
}
