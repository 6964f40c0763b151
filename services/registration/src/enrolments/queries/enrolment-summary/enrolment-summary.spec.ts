import { EnrolmentOrmEntity } from '../../enrolment.orm-entity';
import type { EnrolmentRow } from '../../enrolments.queries';
import { buildEnrolmentSummary, chinaDateOf, chineseDate } from './enrolment-summary';

const town = { id: 'town-1', name: '兴华街道总工会', kind: 'township_union', path: '/city/county/town-1' };
const industry = { id: 'ind-1', name: '建筑业工会', kind: 'industry_union', path: '/city/county/ind-1' };

function row(unitId: string, kind: 'enterprise_union' | 'team', enterpriseId: string, group: typeof town, fields: Partial<EnrolmentOrmEntity> = {}): EnrolmentRow {
  return {
    enrolment: Object.assign(new EnrolmentOrmEntity(), {
      id: `e-${unitId}`,
      competitionId: 'c',
      unitId,
      enterpriseUnitId: enterpriseId,
      participants: 10,
      leaderName: null,
      contactName: '李明',
      contactPhone: '13857286264',
      status: 'enrolled',
      ...fields,
    }),
    units: { unit: { name: `名称 ${unitId}`, kind, path: `${group.path}/${unitId}` }, enterprise: { name: `企业 ${enterpriseId}`, industry: enterpriseId === 'ent-2' ? null : '制造业' } },
    group,
  };
}

describe('the 参赛企业汇总表 (seed 004 attachment 2)', () => {
  const summary = buildEnrolmentSummary({
    competition: { id: 'c', name: '2018年长兴县开展“工人先锋号”创建活动' },
    unit: { id: 'county', name: '长兴县总工会', kind: 'county_federation' },
    date: '2018-04-15',
    rows: [
      row('ent-3', 'enterprise_union', 'ent-3', industry, { participants: 40 }),
      row('ent-1', 'enterprise_union', 'ent-1', town, { participants: 80, leaderName: '王强' }),
      row('team-1', 'team', 'ent-1', town, { participants: 12 }),
      row('team-2', 'team', 'ent-2', town, { participants: 7 }),
    ],
  });

  it('keeps one group per union in the given order, numbering the rows through the table', () => {
    expect(summary.title).toBe('2018年长兴县开展“工人先锋号”创建活动 参赛企业汇总表');
    expect(summary.groups.map((g) => [g.unitId, g.rows.map((r) => [r.no, r.unitId])])).toEqual([
      ['ind-1', [[1, 'ent-3']]],
      ['town-1', [[2, 'ent-1'], [3, 'team-1'], [4, 'team-2']]],
    ]);
  });

  it("names a team with its enterprise, gives the enterprise's industry, and the contact when no leader is named", () => {
    const [, team] = summary.groups[1].rows;
    expect(team).toMatchObject({ name: '企业 ent-1（名称 team-1）', industry: '制造业', leader: '李明', phone: '13857286264' });
    expect(summary.groups[1].rows[0]).toMatchObject({ name: '名称 ent-1', leader: '王强' });
    expect(summary.groups[1].rows[2].industry).toBe('');
  });

  it('counts an enterprise once whether it enters itself or through its teams, and sums the participants', () => {
    expect(summary.groups[1].totals).toEqual({ enterprises: 2, teams: 2, participants: 99 });
    expect(summary.totals).toEqual({ enterprises: 3, teams: 2, participants: 139 });
  });

  it('is empty, with zero totals, when nothing is enrolled', () => {
    const empty = buildEnrolmentSummary({ competition: { id: 'c', name: 'x' }, unit: { id: 'u', name: 'u', kind: 'township_union' }, date: '2018-04-15', rows: [] });
    expect([empty.groups, empty.totals]).toEqual([[], { enterprises: 0, teams: 0, participants: 0 }]);
  });

  it("dates it by China's calendar day, written as the forms write it", () => {
    expect(chinaDateOf(new Date('2018-04-14T15:59:59Z'))).toBe('2018-04-14');
    expect(chinaDateOf(new Date('2018-04-14T16:00:00Z'))).toBe('2018-04-15');
    expect(chineseDate('2018-04-05')).toBe('2018年4月5日');
  });
});
