import type { EChartsOption } from 'echarts';
import type { MessageKey } from '../../locales/zh-CN';
import type { AssessmentDashboard, Coverage, DashboardData, HazardDashboard, HonoursDashboard, Period } from './dashboard-data';
import { COVERAGE_TARGET } from './dashboard-data';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/** How a chart is drawn: in the console, or large on the meeting room's dark screen. */
export interface Look {
  big?: boolean;
}

/** A chart's option and, for each bar of its category axis, the unit a click drills into (null: none). */
export interface Built {
  option: EChartsOption;
  drill: (string | null)[];
}

const palette = { good: '#52c41a', bad: '#f5222d', warn: '#faad14', blue: '#1677ff', cyan: '#13c2c2', purple: '#722ed1', grey: '#8c8c8c' };

function base(look: Look, categories: string[], rotate = categories.length > 4): EChartsOption {
  const size = look.big ? 16 : 12;
  return {
    backgroundColor: 'transparent',
    textStyle: { fontSize: size },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { fontSize: size } },
    grid: { left: 56, right: 56, bottom: rotate ? 88 : 40, top: look.big ? 48 : 40 },
    // Clicking a unit's name drills into it as clicking its bar does.
    xAxis: { type: 'category', data: categories, triggerEvent: true, axisLabel: { rotate: rotate ? 30 : 0, interval: 0, fontSize: size } },
  };
}

/** Each unit directly under the one shown, or the unit itself when nothing under it has figures. */
function rowsOf<F>(d: { unit: { id: string; name: string }; totals: F; children: { unitId: string; name: string | null; figures: F }[] }) {
  return d.children.length > 0
    ? d.children.map((c) => ({ id: c.unitId as string | null, name: c.name ?? c.unitId, figures: c.figures }))
    : [{ id: null, name: d.unit.name, figures: d.totals }];
}

// A figure the chart has nothing to draw for is null (no bar, no point), never a made-up 0.
const percent = (share: number | null | undefined) => (share === null || share === undefined ? null : Math.round(share * 1000) / 10);
const count = (n: number | undefined) => (n ? n : null);

export function coverageChart(c: Coverage, t: T, look: Look = {}): Built {
  const rows = c.byChild.length > 0 ? c.byChild.map((u) => ({ id: u.id as string | null, name: u.name, s: u.aboveScale })) : [{ id: null, name: c.orgUnit.name, s: c.aboveScale }];
  return {
    drill: rows.map((r) => r.id),
    option: {
      ...base(look, rows.map((r) => r.name)),
      // Room on the right for the target line's label.
      grid: { left: 56, right: look.big ? 96 : 80, bottom: rows.length > 4 ? 88 : 40, top: look.big ? 48 : 40 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => `${Number(v).toFixed(1)}%` },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'bar',
          name: t('dashboards.series.coverage'),
          barMaxWidth: 40,
          data: rows.map((r) => ({ value: percent(r.s.share), itemStyle: { color: r.s.meetsTarget === false ? palette.bad : palette.good } })),
          markLine: {
            symbol: 'none',
            data: [{ yAxis: COVERAGE_TARGET, name: t('dashboards.series.target') }],
            lineStyle: { type: 'dashed', color: palette.grey },
            label: { formatter: t('dashboards.stat.target', { target: COVERAGE_TARGET }) },
          },
        },
      ],
    },
  };
}

/** Every month of the period, YYYY-MM. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [year, month] = period.from.slice(0, 7).split('-').map(Number);
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last || months.length >= 60) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

const gradeColours: Record<string, Record<string, string>> = {
  accident: { general: '#69b1ff', major: '#0958d9', pending: '#bae0ff' },
  occupational: { general: '#ffc069', major: '#d46b08', pending: '#ffe7ba' },
};

export function hazardsByMonthChart(h: HazardDashboard, t: T, look: Look = {}): Built {
  const months = monthsOf(h.period);
  const series = (['accident', 'occupational'] as const).flatMap((category) =>
    (['major', 'general', 'pending'] as const).map((grade) => ({
      type: 'bar' as const,
      stack: category,
      name: `${t(`dashboards.category.${category}`)}·${t(`dashboards.grade.${grade}`)}`,
      itemStyle: { color: gradeColours[category][grade] },
      data: months.map((m) => count(h.months.find((x) => x.month === m && x.category === category && x.grade === grade)?.reports)),
    })),
  );
  return {
    drill: [],
    option: {
      ...base(look, months.map((m) => `${Number(m.slice(5))}月`), false),
      // Six series: the legend wraps onto a second line above the bars.
      legend: { top: 0, itemGap: 16, textStyle: { fontSize: look.big ? 14 : 12 } },
      grid: { left: 56, right: 24, bottom: 40, top: look.big ? 72 : 64 },
      yAxis: { type: 'value', minInterval: 1 },
      series,
    },
  };
}

export function rectificationChart(h: HazardDashboard, t: T, look: Look = {}): Built {
  const rows = rowsOf(h);
  return {
    drill: rows.map((r) => r.id),
    option: {
      ...base(look, rows.map((r) => r.name)),
      yAxis: [
        { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        { type: 'value', minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        { type: 'bar', name: t('dashboards.series.rectification'), barMaxWidth: 40, itemStyle: { color: palette.good }, data: rows.map((r) => r.figures.rectificationRatePercent) },
        { type: 'line', name: t('dashboards.series.overdue'), yAxisIndex: 1, itemStyle: { color: palette.bad }, symbolSize: 10, data: rows.map((r) => (r.figures.hazards > 0 ? r.figures.overdue : null)) },
      ],
    },
  };
}

export function rewardsChart(h: HazardDashboard, t: T, look: Look = {}): Built {
  // A year without a budget and without payments has nothing to draw.
  const years = h.budgets.map((b) => ({ ...b, drawn: Number(b.budgetYuan) > 0 || Number(b.paidYuan) > 0 }));
  const yuan = (b: (typeof years)[number], value: string) => (b.drawn ? Number(value) : null);
  // Payments are small beside a year's budget: each bar says its amount.
  const label = { show: true, position: 'top' as const, fontSize: look.big ? 14 : 11, formatter: (p: { value: unknown }) => `¥${Number(p.value).toLocaleString('zh-CN')}` };
  return {
    drill: [],
    option: {
      ...base(look, h.budgets.map((b) => t('dashboards.year', { year: b.year })), false),
      tooltip: { trigger: 'axis', valueFormatter: (v) => `¥${Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2 })}` },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => (v >= 10000 ? `${v / 10000}万` : String(v)) } },
      series: [
        { type: 'bar', name: t('dashboards.series.budget'), barMaxWidth: 48, label, itemStyle: { color: palette.blue }, data: years.map((b) => yuan(b, b.budgetYuan)) },
        { type: 'bar', name: t('dashboards.series.committed'), barMaxWidth: 48, label, itemStyle: { color: palette.warn }, data: years.map((b) => yuan(b, b.committedYuan)) },
        { type: 'bar', name: t('dashboards.series.paid'), barMaxWidth: 48, label, itemStyle: { color: palette.good }, data: years.map((b) => yuan(b, b.paidYuan)) },
      ],
    },
  };
}

const bandColours: Record<string, string> = { '90-100': '#237804', '80-89': '#52c41a', '70-79': '#95de64', '60-69': '#ffd666', '0-59': '#ff7875' };

export function passRatesChart(a: AssessmentDashboard, t: T, look: Look = {}): Built {
  const rows = rowsOf(a);
  const bands = a.totals.bands.map((b) => b.band);
  return {
    drill: rows.map((r) => r.id),
    option: {
      ...base(look, rows.map((r) => r.name)),
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        ...bands.map((band) => ({
          type: 'bar' as const,
          stack: 'bands',
          name: t('dashboards.band', { band }),
          barMaxWidth: 40,
          itemStyle: { color: bandColours[band] },
          data: rows.map((r) => count(r.figures.bands.find((b) => b.band === band)?.sheets)),
        })),
        { type: 'line' as const, name: t('dashboards.series.passRate'), yAxisIndex: 1, symbolSize: 10, itemStyle: { color: palette.blue }, data: rows.map((r) => r.figures.passRatePercent) },
      ],
    },
  };
}

const levelColours: Record<string, string> = { county: '#ffd666', city: '#ff9c6e', province: '#f759ab', national: '#cf1322' };

export function honoursChart(h: HonoursDashboard, t: T, look: Look = {}): Built {
  const rows = rowsOf(h);
  const levels = h.totals.levels.map((l) => l.level);
  return {
    drill: rows.map((r) => r.id),
    option: {
      ...base(look, rows.map((r) => r.name)),
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        ...levels.map((level) => ({
          type: 'bar' as const,
          stack: 'conferred',
          name: t(`dashboards.level.${level}` as MessageKey),
          barMaxWidth: 40,
          itemStyle: { color: levelColours[level] },
          data: rows.map((r) => count(r.figures.levels.find((l) => l.level === level)?.conferred)),
        })),
        { type: 'bar' as const, name: t('dashboards.series.underWay'), barMaxWidth: 40, itemStyle: { color: palette.cyan }, data: rows.map((r) => count(r.figures.underWay)) },
      ],
    },
  };
}

/** The charts of the dashboard, in the order shown, each from one service's answer. */
export const dashboardCharts: { key: string; title: MessageKey; build: (d: DashboardData, t: T, big?: boolean) => Built | undefined }[] = [
  { key: 'coverage', title: 'dashboards.chart.coverage', build: (d, t, big) => d.coverage && coverageChart(d.coverage, t, { big }) },
  { key: 'hazards-by-month', title: 'dashboards.chart.hazardsByMonth', build: (d, t, big) => d.hazards && hazardsByMonthChart(d.hazards, t, { big }) },
  { key: 'rectification', title: 'dashboards.chart.rectification', build: (d, t, big) => d.hazards && rectificationChart(d.hazards, t, { big }) },
  { key: 'rewards', title: 'dashboards.chart.rewards', build: (d, t, big) => d.hazards && rewardsChart(d.hazards, t, { big }) },
  { key: 'pass-rates', title: 'dashboards.chart.passRates', build: (d, t, big) => d.assessment && passRatesChart(d.assessment, t, { big }) },
  { key: 'honours', title: 'dashboards.chart.honours', build: (d, t, big) => d.honours && honoursChart(d.honours, t, { big }) },
];
