import { randomUUID } from 'node:crypto';
import { apiClient, Json, startTestCity, TestCity, waitFor } from '@lc/testing';

/**
 * The dashboards of hazard-reward, assessment and awards on real servers: each figure counts exactly
 * the rows it names in the period (China days, both ends included), at the unit asked about and under
 * it, each unit directly under it apart; a unit outside the caller's subtree is refused and its rows
 * are never counted for the caller. The rows are written with the dates the figures turn on (a report
 * of last New Year's Eve, a hazard closed after its deadline), which the API would stamp with now.
 */
describe('dashboards', () => {
  let city: TestCity;
  const tokens: Record<string, string> = {};
  const period = 'from=2025-01-01&to=2025-12-31';
  const day = (d: string, time = '10:00') => `${d}T${time}:00+08:00`;
  const path = (unit: string) => city.paths.get(unit) as string;

  beforeAll(async () => {
    city = await startTestCity({ withHazardReward: true, withAssessment: true, withAwards: true });
    // Each service scopes with its own copy of the tree, fed by registration's events.
    for (const schema of ['hazard_reward', 'assessment', 'awards']) {
      await waitFor(`${schema} to know the tree`, async () => (await city.sql(`SELECT 1 FROM ${schema}.org_tree_units WHERE id = 'team-b1a'`)).length > 0, { timeoutMs: 90_000 });
    }
    tokens.city = await city.tokenAs('city_union_cadre', 'city');
    tokens.countyA = await city.tokenAs('county_union_cadre', 'county-a');
    tokens.auditor = await city.tokenAs('auditor', 'city');
    tokens.worker = await city.tokenAs('worker', 'team-a1a');
    await hazardRows();
    await assessmentRows();
    await honourRows();
  });

  afterAll(() => city?.stop());

  const report = async (unit: string, at: string, category: string, status: string, grade: string | null) => {
    const id = randomUUID();
    await city.sql(
      `INSERT INTO hazard_reward.hazard_reports (id, enterprise_unit_id, enterprise_path, location, category, description, photos, anonymous, reporter_tag, reported_at, status, grade, verdict_reason)
       VALUES ($1, $2, $3, '车间', $4, '隐患', '[]', false, 'tag', $5, $6, $7, $8)`,
      [id, unit, path(unit), category, at, status, grade, status === 'rejected' ? '不属实' : null],
    );
    return id;
  };
  /** The archive's record of a confirmed report, entered when it was confirmed. */
  const hazard = (reportId: string, unit: string, grade: string, openedAt: string, status: string, deadline: string, closedAt: string | null) =>
    city.sql(
      `INSERT INTO hazard_reward.hazards (report_id, enterprise_unit_id, enterprise_path, category, grade, status, deadline, closed_at, opened_at, updated_at)
       VALUES ($1, $2, $3, 'accident', $4, $5, $6, $7, $8, now())`,
      [reportId, unit, path(unit), grade, status, deadline, closedAt, openedAt],
    );
  const reward = (reportId: string, issuer: string, year: number, fen: number, status: string) =>
    city.sql(
      `INSERT INTO hazard_reward.rewards (id, report_id, issuing_unit_id, issuing_path, budget_year, amount_fen, status, created_at, paid_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now(), CASE WHEN $7 = 'paid' THEN now() END)`,
      [randomUUID(), reportId, issuer, path(issuer), year, fen, status],
    );
  const budget = (unit: string, year: number, totalFen: number, committedFen: number) =>
    city.sql(`INSERT INTO hazard_reward.reward_budgets (issuing_unit_id, year, issuing_path, total_fen, committed_fen) VALUES ($1, $2, $3, $4, $5)`, [
      unit,
      year,
      path(unit),
      totalFen,
      committedFen,
    ]);

  async function hazardRows() {
    // county-a: ent-a1 under town-a1, ent-a3 under town-a2.
    const closedInTime = await report('ent-a1', day('2025-01-10'), 'accident', 'confirmed', 'general');
    await hazard(closedInTime, 'ent-a1', 'general', day('2025-01-11'), 'closed', day('2025-02-01'), day('2025-01-20'));
    await reward(closedInTime, 'county-a', 2025, 20000, 'paid');
    const openPastDeadline = await report('ent-a1', day('2025-01-01', '00:10'), 'accident', 'confirmed', 'major');
    await hazard(openPastDeadline, 'ent-a1', 'major', day('2025-01-02'), 'open', day('2025-02-01'), null);
    await reward(openPastDeadline, 'county-a', 2025, 200000, 'issued');
    await report('ent-a1', day('2025-03-05'), 'occupational', 'reported', null);
    await report('ent-a1', day('2025-03-06'), 'accident', 'rejected', null);
    const closedLate = await report('ent-a3', day('2025-03-20'), 'occupational', 'confirmed', 'general');
    await hazard(closedLate, 'ent-a3', 'general', day('2025-03-21'), 'closed', day('2025-04-01'), day('2025-04-10'));
    await reward(closedLate, 'city', 2025, 30000, 'paid');
    // Ten minutes before the period: not counted, nor its reward of the year before.
    const newYearsEve = await report('ent-a1', day('2024-12-31', '23:50'), 'accident', 'confirmed', 'general');
    await hazard(newYearsEve, 'ent-a1', 'general', day('2024-12-31', '23:55'), 'closed', day('2025-01-31'), day('2025-01-05'));
    await reward(newYearsEve, 'county-a', 2024, 20000, 'paid');
    // county-b.
    const other = await report('ent-b1', day('2025-05-01'), 'accident', 'confirmed', 'major');
    await hazard(other, 'ent-b1', 'major', day('2025-05-02'), 'open', day('2025-06-01'), null);
    await reward(other, 'county-b', 2025, 200000, 'paid');
    await budget('city', 2025, 10_000_000, 250_000);
    await budget('county-a', 2025, 1_000_000, 220_000);
    await budget('county-a', 2024, 999_900, 20_000);
    await budget('county-b', 2025, 500_000, 200_000);
  }

  async function assessmentRows() {
    const [template] = await city.sql<{ id: string }>(`SELECT id FROM assessment.assessment_templates WHERE code = 'pioneer-team-assessment-2018' ORDER BY version DESC LIMIT 1`);
    const competitionId = randomUUID();
    await city.sql(
      `INSERT INTO assessment.competition_assessments (competition_id, template_id, organiser_unit_id, organiser_path, configured_by) VALUES ($1, $2, 'city', '/city', 'test')`,
      [competitionId, template.id],
    );
    const sheet = (unit: string, kind: string, status: string, total: number, passed: boolean | null, finalisedAt: string | null) =>
      city.sql(
        `INSERT INTO assessment.assessment_sheets (id, competition_id, unit_id, unit_path, unit_kind, template_id, status, review_total, passed, finalised_by, finalised_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $7 = 'finalised' THEN 'test' END, $10)`,
        [randomUUID(), competitionId, unit, path(unit), kind, template.id, status, total, passed, finalisedAt],
      );
    // The form's pass mark is 90 of 100.
    await sheet('ent-a1', 'enterprise_union', 'finalised', 95, true, day('2025-06-01'));
    await sheet('team-a1a', 'team', 'finalised', 85, false, day('2025-06-02'));
    await sheet('ent-a3', 'enterprise_union', 'finalised', 59.5, false, day('2025-06-03'));
    await sheet('ent-b1', 'enterprise_union', 'finalised', 92, true, day('2025-06-04'));
    await sheet('ent-a2', 'enterprise_union', 'reviewed', 99, null, null);
    await sheet('ent-i1', 'enterprise_union', 'finalised', 99, true, day('2024-12-31', '23:00'));
  }

  async function honourRows() {
    const nomination = async (honour: string, nominee: string, kind: string, status: string, createdAt: string) => {
      const id = randomUUID();
      const unit = nominee.startsWith('person-') ? 'ent-a3' : nominee;
      await city.sql(
        `INSERT INTO awards.nominations (id, honour_code, year, conferring_unit_id, conferring_path, nominee_kind, nominee_id, nominee_name, nominee_unit_id, nominee_path, source, status, created_by, created_at)
         VALUES ($1, $2, 2025, 'city', '/city', $3, $4, $4, $5, $6, 'manual', $7, 'test', $8)`,
        // A person's path is their unit's, as awards records it.
        [id, honour, kind, nominee, unit, path(unit), status, createdAt],
      );
      return id;
    };
    const conferred = async (honour: string, nominee: string, kind: string, at: string) => {
      const id = await nomination(honour, nominee, kind, 'conferred', day('2025-02-01'));
      const [n] = await city.sql<{ nominee_path: string }>(`SELECT nominee_path FROM awards.nominations WHERE id = $1`, [id]);
      await city.sql(
        `INSERT INTO awards.honour_history (nomination_id, honour_code, year, nominee_kind, nominee_id, nominee_name, nominee_path, conferring_unit_id, certificate_no, conferred_at)
         VALUES ($1, $2, 2025, $3, $4, $4, $5, 'city', $6, $7)`,
        [id, honour, kind, nominee, n.nominee_path, `CERT-${id.slice(0, 8)}`, at],
      );
    };
    await conferred('pioneer-team', 'team-a1a', 'team', day('2025-04-01')); // city level
    await conferred('pioneer-team-county', 'team-a1b', 'team', day('2025-04-02')); // county level
    await conferred('craftsman-zhejiang', 'person-a3', 'person', day('2025-05-01')); // province level
    await conferred('may-day-award', 'ent-b1', 'unit', day('2025-06-01')); // city level, county-b
    await conferred('best-team', 'team-b1a', 'team', day('2024-12-31', '20:00')); // before the period
    await nomination('innovative-team', 'team-a1b', 'team', 'publicity', day('2025-07-01')); // under way, city level
    await nomination('competition-advanced-unit', 'ent-a2', 'unit', 'candidate', day('2025-07-02')); // under way, county level
    await nomination('best-team', 'team-a1a', 'team', 'withdrawn', day('2025-07-03')); // not under way
  }

  const get = (service: 'hazardReward' | 'assessment' | 'awards', token: string, route: string) => apiClient((city[service] as { url: string }).url, token).get(route);
  const children = (body: Json) => Object.fromEntries((body.children as Json[]).map((c) => [c.unitId, c.figures]));

  it('counts the reports and the hazards of the period per unit under the one asked about: confirmed, pending, closed out, the rate and overdue', async () => {
    const res = await get('hazardReward', tokens.city, `/dashboards/hazards?${period}`);
    expect(res.status).toBe(200);
    // Six reports in 2025 (the rejected one too), four confirmed, one waiting. Four hazards entered in the
    // archive in 2025 (not New Year's Eve's), two closed out: 50%. Overdue: two still open past their
    // deadline, one closed after it.
    expect(res.body.totals).toEqual({ reports: 6, confirmed: 4, pending: 1, hazards: 4, closed: 2, rectificationRatePercent: 50, overdue: 3 });
    expect(children(res.body)).toEqual({
      'county-a': { reports: 5, confirmed: 3, pending: 1, hazards: 3, closed: 2, rectificationRatePercent: 66.7, overdue: 2 },
      'county-b': { reports: 1, confirmed: 1, pending: 0, hazards: 1, closed: 0, rectificationRatePercent: 0, overdue: 1 },
    });
    expect(res.body.children.map((c: Json) => c.name)).toEqual(['单位 county-a', '单位 county-b']);
  });

  it('counts hazards per month in China time by category and grade, leaving out rejected reports', async () => {
    const res = await get('hazardReward', tokens.auditor, `/dashboards/hazards?${period}`);
    expect(res.body.months).toEqual([
      { month: '2025-01', category: 'accident', grade: 'general', reports: 1 },
      { month: '2025-01', category: 'accident', grade: 'major', reports: 1 },
      { month: '2025-03', category: 'occupational', grade: 'general', reports: 1 },
      { month: '2025-03', category: 'occupational', grade: 'pending', reports: 1 },
      { month: '2025-05', category: 'accident', grade: 'major', reports: 1 },
    ]);
  });

  it("sets the subtree's reward budgets of each year against the rewards paid from them", async () => {
    const cityWide = await get('hazardReward', tokens.city, `/dashboards/hazards?${period}`);
    expect(cityWide.body.budgets).toEqual([{ year: 2025, budgetYuan: '115000.00', committedYuan: '6700.00', paidYuan: '2500.00' }]);
    // A county's budget is its own and its townships': the city's reward of ent-a3 is not paid from it.
    const county = await get('hazardReward', tokens.countyA, `/dashboards/hazards?${period}`);
    expect(county.body.budgets).toEqual([{ year: 2025, budgetYuan: '10000.00', committedYuan: '2200.00', paidYuan: '200.00' }]);
    const twoYears = await get('hazardReward', tokens.countyA, '/dashboards/hazards?from=2024-01-01&to=2025-12-31');
    expect(twoYears.body.budgets.map((b: Json) => [b.year, b.budgetYuan, b.paidYuan])).toEqual([
      [2024, '9999.00', '200.00'],
      [2025, '10000.00', '200.00'],
    ]);
  });

  it("drills into a unit of the caller's subtree, and refuses one outside it without counting it", async () => {
    const county = await get('hazardReward', tokens.countyA, `/dashboards/hazards?${period}`);
    expect(county.body.unit).toEqual({ id: 'county-a', name: '单位 county-a' });
    expect(county.body.totals.reports).toBe(5);
    expect(Object.keys(children(county.body))).toEqual(['town-a1', 'town-a2']);
    const town = await get('hazardReward', tokens.countyA, `/dashboards/hazards?unitId=town-a1&${period}`);
    expect(Object.keys(children(town.body))).toEqual(['ent-a1']);
    // An enterprise: its own reports, nothing under it.
    const enterprise = await get('hazardReward', tokens.city, `/dashboards/hazards?unitId=ent-a1&${period}`);
    expect([enterprise.body.totals.reports, enterprise.body.children]).toEqual([4, []]);
    for (const outside of ['county-b', 'city']) {
      const refused = await get('hazardReward', tokens.countyA, `/dashboards/hazards?unitId=${outside}&${period}`);
      expect(refused.status).toBe(403);
    }
  });

  it('refuses a worker, a reversed period and an unknown unit, naming the field', async () => {
    expect((await get('hazardReward', tokens.worker, `/dashboards/hazards?${period}`)).status).toBe(403);
    const reversed = await get('assessment', tokens.city, '/dashboards/assessment?from=2025-12-31&to=2025-01-01');
    expect(reversed.status).toBe(400);
    expect(JSON.stringify(reversed.body.message)).toContain('to (2025-01-01) must not be before from (2025-12-31)');
    const unknown = await get('awards', tokens.city, `/dashboards/honours?unitId=nowhere&${period}`);
    expect([unknown.status, unknown.body.field]).toEqual([400, 'unitId']);
    const malformed = await get('hazardReward', tokens.city, '/dashboards/hazards?from=2025-02-30&to=2025-12-31');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body.message)).toContain('from must be a calendar date written YYYY-MM-DD');
  });

  it("gives the pass rate of the sheets finalised in the period by score band, per unit, leaving out unfinalised ones and other branches' for a county", async () => {
    const res = await get('assessment', tokens.city, `/dashboards/assessment?${period}`);
    expect(res.status).toBe(200);
    const bands = (b: number[]) => ['90-100', '80-89', '70-79', '60-69', '0-59'].map((band, i) => ({ band, sheets: b[i] }));
    expect(res.body.totals).toEqual({ finalised: 4, passed: 2, passRatePercent: 50, bands: bands([2, 1, 0, 0, 1]) });
    expect(children(res.body)).toEqual({
      'county-a': { finalised: 3, passed: 1, passRatePercent: 33.3, bands: bands([1, 1, 0, 0, 1]) },
      'county-b': { finalised: 1, passed: 1, passRatePercent: 100, bands: bands([1, 0, 0, 0, 0]) },
    });
    // Drilled down to the enterprise: its own sheet and its team's.
    const enterprise = await get('assessment', tokens.countyA, `/dashboards/assessment?unitId=ent-a1&${period}`);
    expect(enterprise.body.totals).toMatchObject({ finalised: 2, passed: 1 });
    expect(Object.keys(children(enterprise.body))).toEqual(['team-a1a']);
    expect((await get('assessment', tokens.countyA, `/dashboards/assessment?unitId=county-b&${period}`)).status).toBe(403);
    expect((await get('assessment', tokens.countyA, `/dashboards/assessment?${period}`)).body.totals.finalised).toBe(3);
  });

  it('counts honours conferred in the period per conferring level and the nominations still under way, per unit', async () => {
    const res = await get('awards', tokens.city, `/dashboards/honours?${period}`);
    expect(res.status).toBe(200);
    const levels = (conferred: number[], underWay: number[]) =>
      ['county', 'city', 'province', 'national'].map((level, i) => ({ level, conferred: conferred[i], underWay: underWay[i] }));
    expect(res.body.totals).toEqual({ conferred: 4, underWay: 2, levels: levels([1, 2, 1, 0], [1, 1, 0, 0]) });
    expect(children(res.body)).toEqual({
      'county-a': { conferred: 3, underWay: 2, levels: levels([1, 1, 1, 0], [1, 1, 0, 0]) },
      'county-b': { conferred: 1, underWay: 0, levels: levels([0, 1, 0, 0], [0, 0, 0, 0]) },
    });
    const team = await get('awards', tokens.countyA, `/dashboards/honours?unitId=team-a1a&${period}`);
    expect(team.body.totals).toMatchObject({ conferred: 1, underWay: 0 });
    expect((await get('awards', tokens.countyA, `/dashboards/honours?unitId=county-b&${period}`)).status).toBe(403);
    expect((await get('awards', tokens.countyA, `/dashboards/honours?${period}`)).body.totals).toMatchObject({ conferred: 3, underWay: 2 });
  });
});
