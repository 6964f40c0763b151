import type { EnrolmentRow } from '../../enrolments.queries';

/** The columns of seed 004 attachment 2 (参赛企业汇总表). */
export const SUMMARY_COLUMNS = ['序号', '单位（班组）名称', '所属行业', '参赛人数', '负责人', '联系电话'] as const;

export const SUMMARY_SHEET_NAME = '参赛企业汇总表';

export interface SummaryRow {
  /** 序号, 1 to n through the whole table. */
  no: number;
  enrolmentId: string;
  unitId: string;
  unitKind: 'enterprise_union' | 'team';
  enterpriseUnitId: string;
  /** 单位（班组）名称: the enterprise, or for a team "enterprise（team）". */
  name: string;
  /** 所属行业, the enterprise's; '' when not recorded. */
  industry: string;
  participants: number;
  /** 负责人: the leader, or the contact when no leader was named. */
  leader: string;
  /** 联系电话 (手机号 / 微信号). */
  phone: string;
}

export interface SummaryTotals {
  /** 企业参赛数: enterprises taking part, themselves or through a team (each counted once). */
  enterprises: number;
  /** Teams (班组) enrolled. */
  teams: number;
  /** 参赛人数 summed over the rows. */
  participants: number;
}

export interface SummaryGroup {
  /** The township or industry union (or the county, for enterprises directly under it) the enterprises sit under. */
  unitId: string;
  unitName: string;
  unitKind: string;
  rows: SummaryRow[];
  totals: SummaryTotals;
}

export interface EnrolmentSummary {
  title: string;
  competition: { id: string; name: string };
  unit: { id: string; name: string; kind: string };
  /** The day the summary was made, in China (YYYY-MM-DD). */
  date: string;
  columns: readonly string[];
  groups: SummaryGroup[];
  totals: SummaryTotals;
}

/** Builds attachment 2 from the enrolments under a unit, given in tree order (EnrolmentQueries.underUnit). */
export function buildEnrolmentSummary(input: {
  competition: { id: string; name: string };
  unit: { id: string; name: string; kind: string };
  date: string;
  rows: readonly EnrolmentRow[];
}): EnrolmentSummary {
  const groups: SummaryGroup[] = [];
  let no = 0;
  for (const { enrolment, units, group } of input.rows) {
    let target = groups.at(-1);
    if (!target || target.unitId !== group.id) {
      target = { unitId: group.id, unitName: group.name, unitKind: group.kind, rows: [], totals: { enterprises: 0, teams: 0, participants: 0 } };
      groups.push(target);
    }
    const isTeam = units.unit.kind === 'team';
    target.rows.push({
      no: ++no,
      enrolmentId: enrolment.id,
      unitId: enrolment.unitId,
      unitKind: isTeam ? 'team' : 'enterprise_union',
      enterpriseUnitId: enrolment.enterpriseUnitId,
      name: isTeam ? `${units.enterprise.name}（${units.unit.name}）` : units.unit.name,
      industry: units.enterprise.industry ?? '',
      participants: enrolment.participants,
      leader: enrolment.leaderName ?? enrolment.contactName,
      phone: enrolment.contactPhone,
    });
  }
  for (const group of groups) group.totals = totalsOf(group.rows);
  return {
    title: `${input.competition.name} ${SUMMARY_SHEET_NAME}`,
    competition: input.competition,
    unit: input.unit,
    date: input.date,
    columns: SUMMARY_COLUMNS,
    groups,
    totals: totalsOf(groups.flatMap((g) => g.rows)),
  };
}

export function totalsOf(rows: readonly SummaryRow[]): SummaryTotals {
  return {
    enterprises: new Set(rows.map((r) => r.enterpriseUnitId)).size,
    teams: rows.filter((r) => r.unitKind === 'team').length,
    participants: rows.reduce((sum, r) => sum + r.participants, 0),
  };
}

/** The calendar day in China (UTC+8, no daylight saving) of a moment, as YYYY-MM-DD. */
export function chinaDateOf(moment: Date): string {
  return new Date(moment.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** '2026-03-05' → '2026年3月5日', as the paper forms write dates. */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
