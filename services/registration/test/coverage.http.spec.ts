import { apiClient, creditCodeFor, Json, startTestCity, TestCity } from '@lc/testing';
import { competitionInStatus, insertEnrolmentsBehindTheApi, setCompetitionStatusBehindTheApi, setEnrolmentStatusBehindTheApi } from './fixtures/coverage-fixture';

/**
 * GET /coverage against a small city whose every figure is worked out by hand below.
 *
 *   city ─ county-a ─ town-a1 ─ ent-a1  above scale, non-public, 200 workers (teams team-a1a, team-a1b)
 *        │          │         └ ent-a2  above scale, public,     100 workers
 *        │          └ town-a2 ─ ent-a3  below scale, non-public,  50 workers
 *        │                    └ ent-x   above scale, non-public,  80 workers (deactivated by the first test)
 *        ├ county-b ─ town-b1 ─ ent-b1  above scale, non-public, 300 workers (team team-b1a)
 *        ├ ind-1 ─ ent-i1               above scale, public,     150 workers
 *        └ ind-2                        no enterprises
 *
 * Competitions: labour 2026-03-01..11-30 running; skills 2026-05-01..06-30 closed; last year's
 * 2025-03-01..11-30 closed (organised by county-a); planned 2026-04-01..10-31 still a draft; safety
 * 2026-04-01..10-31 still filing.
 *
 * Enrolments (participants):
 *   ent-a1   labour 60 (the enterprise) + labour 30 (team-a1a) = 90 in labour; skills 120 (team-a1b)
 *   ent-a2   labour 40 withdrawn; last year's 90
 *   ent-a3   planned (draft) 10; safety (filing) 5
 *   ent-b1   skills 350 (more than its 300 workers)
 *   ent-i1   labour 44
 *   ent-x    labour 50
 *
 * In 2026 (after ent-x is deactivated): ent-a1 takes part with max(90, 120) = 120, ent-b1 with 300
 * (350 capped at its headcount), ent-i1 with 44; ent-a2 (withdrawn; last year's is outside the period)
 * and ent-a3 (draft and filing competitions) do not.
 *   all         3 of 5 = 60%,      target 80% → 20 points short
 *   above scale 3 of 4 = 75%                   →  5 points short (a1, b1, i1 of a1, a2, b1, i1)
 *   non-public  2 of 3 = 66.67%                → 13.33 points short (a1, b1 of a1, a3, b1)
 *   workers     464 of 800 = 58%               → 22 points short (120 + 300 + 44 of 200+100+50+300+150)
 */
describe('coverage (参赛覆盖面)', () => {
  let city: TestCity;
  let api: ReturnType<typeof apiClient>;
  const YEAR_2026 = 'from=2026-01-01&to=2026-12-31';
  const ids: Record<string, string> = {};

  /** A share that meets the target. */
  const met = (total: number, takingPart: number, share: number) => ({ total, takingPart, share, meetsTarget: true, gapPoints: 0 });
  /** A share short of the target by gapPoints. */
  const short = (total: number, takingPart: number, share: number, gapPoints: number) => ({ total, takingPart, share, meetsTarget: false, gapPoints });
  /** A group with nothing to count. */
  const none = () => ({ total: 0, takingPart: 0, share: null, meetsTarget: null, gapPoints: null });
  const workers = (headcount: number, participants: number, rate: number | null, gapPoints: number | null) => ({
    headcount,
    participants,
    rate,
    meetsTarget: rate === null ? null : gapPoints === 0,
    gapPoints,
  });
  const figuresOf = (body: Json) => ({ all: body.all, aboveScale: body.aboveScale, nonPublic: body.nonPublic, workers: body.workers });
  const coverage = async (query: string, token = city.rootToken) => apiClient(city.registration.url, token).get(`/coverage?${query}`);

  beforeAll(async () => {
    city = await startTestCity();
    api = apiClient(city.registration.url, city.rootToken);

    const details: Record<string, { ownership: 'public' | 'non_public'; aboveScale: boolean; headcount: number }> = {
      'ent-a1': { ownership: 'non_public', aboveScale: true, headcount: 200 },
      'ent-a2': { ownership: 'public', aboveScale: true, headcount: 100 },
      'ent-a3': { ownership: 'non_public', aboveScale: false, headcount: 50 },
      'ent-b1': { ownership: 'non_public', aboveScale: true, headcount: 300 },
      'ent-i1': { ownership: 'public', aboveScale: true, headcount: 150 },
    };
    for (const [id, enterprise] of Object.entries(details)) {
      const res = await api.patch(`/org-units/${id}`, { enterprise, reason: 'coverage fixture' });
      if (res.status !== 200) throw new Error(`PATCH ${id}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    const x = await api.post('/org-units', {
      id: 'ent-x',
      name: '待注销企业有限公司',
      kind: 'enterprise_union',
      parentId: 'town-a2',
      enterprise: { creditCode: creditCodeFor(950), ownership: 'non_public', aboveScale: true, headcount: 80 },
    });
    if (x.status !== 201) throw new Error(`creating ent-x: ${x.status} ${JSON.stringify(x.body)}`);
    city.paths.set('ent-x', x.body.path);

    ids.labour = await competitionInStatus(city, { name: '2026年度全市职工劳动竞赛', organiserOrgUnitId: 'city', startDate: '2026-03-01', endDate: '2026-11-30' }, 'running');
    ids.skills = await competitionInStatus(city, { name: '2026年职工技能比武', organiserOrgUnitId: 'city', startDate: '2026-05-01', endDate: '2026-06-30' }, 'closed');
    ids.lastYear = await competitionInStatus(city, { name: '2025年度"五小"创新竞赛', organiserOrgUnitId: 'county-a', startDate: '2025-03-01', endDate: '2025-11-30' }, 'closed');
    ids.planned = await competitionInStatus(city, { name: '2026年工人先锋号创建', organiserOrgUnitId: 'city', startDate: '2026-04-01', endDate: '2026-10-31' }, 'draft');
    ids.safety = await competitionInStatus(city, { name: '2026年"安康杯"竞赛', organiserOrgUnitId: 'city', startDate: '2026-04-01', endDate: '2026-10-31' }, 'filing');

    [ids.a1Labour, ids.a1aLabour, ids.a1bSkills, ids.a2Withdrawn, ids.a2LastYear, ids.a3Planned, ids.a3Safety, ids.b1Skills, ids.i1Labour, ids.xLabour] =
      await insertEnrolmentsBehindTheApi(city, [
        { competitionId: ids.labour, unitId: 'ent-a1', enterpriseUnitId: 'ent-a1', participants: 60 },
        { competitionId: ids.labour, unitId: 'team-a1a', enterpriseUnitId: 'ent-a1', participants: 30 },
        { competitionId: ids.skills, unitId: 'team-a1b', enterpriseUnitId: 'ent-a1', participants: 120 },
        { competitionId: ids.labour, unitId: 'ent-a2', enterpriseUnitId: 'ent-a2', participants: 40, status: 'withdrawn' },
        { competitionId: ids.lastYear, unitId: 'ent-a2', enterpriseUnitId: 'ent-a2', participants: 90 },
        { competitionId: ids.planned, unitId: 'ent-a3', enterpriseUnitId: 'ent-a3', participants: 10 },
        { competitionId: ids.safety, unitId: 'ent-a3', enterpriseUnitId: 'ent-a3', participants: 5 },
        { competitionId: ids.skills, unitId: 'ent-b1', enterpriseUnitId: 'ent-b1', participants: 350 },
        { competitionId: ids.labour, unitId: 'ent-i1', enterpriseUnitId: 'ent-i1', participants: 44 },
        { competitionId: ids.labour, unitId: 'ent-x', enterpriseUnitId: 'ent-x', participants: 50 },
      ]);
  });

  afterAll(() => city?.stop());

  it('counts an enterprise while it is active and no longer once it is deactivated', async () => {
    // town-a2: ent-a3 (below scale, 50 workers, nothing counted) and ent-x (above scale, 50 of 80 in labour).
    const before = await coverage(`orgUnitId=town-a2&${YEAR_2026}`);
    expect(before.status).toBe(200);
    expect(figuresOf(before.body)).toEqual({
      all: short(2, 1, 0.5, 30),
      aboveScale: met(1, 1, 1),
      nonPublic: short(2, 1, 0.5, 30),
      workers: workers(130, 50, 0.3846, 41.54),
    });

    const deactivated = await api.post('/org-units/ent-x/deactivate', { reason: '企业注销' });
    expect(deactivated.status).toBe(200);

    const after = await coverage(`orgUnitId=town-a2&${YEAR_2026}`);
    expect(figuresOf(after.body)).toEqual({
      all: short(1, 0, 0, 80),
      aboveScale: none(),
      nonPublic: short(1, 0, 0, 80),
      workers: workers(50, 0, 0, 80),
    });
  });

  it('gives every figure of the city for 2026 against the default 80% target, each child lagging first', async () => {
    const res = await coverage(`orgUnitId=city&${YEAR_2026}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      orgUnit: { id: 'city', name: '测试市总工会', kind: 'city_federation', path: '/city' },
      period: { from: '2026-01-01', to: '2026-12-31' },
      target: 0.8,
      all: short(5, 3, 0.6, 20),
      aboveScale: short(4, 3, 0.75, 5),
      nonPublic: short(3, 2, 0.6667, 13.33),
      workers: workers(800, 464, 0.58, 22),
      byChild: [
        // ent-a1 takes part, ent-a2 does not, ent-a3 neither: 120 of 200 + 100 + 50 workers.
        {
          id: 'county-a',
          name: '单位 county-a',
          kind: 'county_federation',
          all: short(3, 1, 0.3333, 46.67),
          aboveScale: short(2, 1, 0.5, 30),
          nonPublic: short(2, 1, 0.5, 30),
          workers: workers(350, 120, 0.3429, 45.71),
        },
        // ent-b1: 350 entered, capped at its 300 workers.
        { id: 'county-b', name: '单位 county-b', kind: 'county_federation', all: met(1, 1, 1), aboveScale: met(1, 1, 1), nonPublic: met(1, 1, 1), workers: workers(300, 300, 1, 0) },
        // ent-i1 is public: no non-public enterprise to count. Tied with county-b on both shares: by id.
        { id: 'ind-1', name: '单位 ind-1', kind: 'industry_union', all: met(1, 1, 1), aboveScale: met(1, 1, 1), nonPublic: none(), workers: workers(150, 44, 0.2933, 50.67) },
        // No enterprises at all: no shares, listed last.
        { id: 'ind-2', name: '单位 ind-2', kind: 'industry_union', all: none(), aboveScale: none(), nonPublic: none(), workers: workers(0, 0, null, null) },
      ],
    });
  });

  it("defaults to the caller's own unit and breaks a county down by township, and a township by enterprise", async () => {
    const county = await coverage(YEAR_2026, await city.tokenAs('county_union_cadre', 'county-a'));
    expect(county.status).toBe(200);
    expect(county.body.orgUnit).toEqual({ id: 'county-a', name: '单位 county-a', kind: 'county_federation', path: '/city/county-a' });
    expect(figuresOf(county.body)).toEqual({
      all: short(3, 1, 0.3333, 46.67),
      aboveScale: short(2, 1, 0.5, 30),
      nonPublic: short(2, 1, 0.5, 30),
      workers: workers(350, 120, 0.3429, 45.71),
    });
    expect(county.body.byChild).toEqual([
      { id: 'town-a1', name: '单位 town-a1', kind: 'township_union', all: short(2, 1, 0.5, 30), aboveScale: short(2, 1, 0.5, 30), nonPublic: met(1, 1, 1), workers: workers(300, 120, 0.4, 40) },
      // ent-x is deactivated: town-a2 has no above-scale enterprise left.
      { id: 'town-a2', name: '单位 town-a2', kind: 'township_union', all: short(1, 0, 0, 80), aboveScale: none(), nonPublic: short(1, 0, 0, 80), workers: workers(50, 0, 0, 80) },
    ]);

    const township = await coverage(YEAR_2026, await city.tokenAs('township_union_cadre', 'town-a1'));
    expect(township.status).toBe(200);
    expect(township.body.orgUnit.id).toBe('town-a1');
    expect(township.body.byChild).toEqual([
      { id: 'ent-a2', name: '单位 ent-a2', kind: 'enterprise_union', all: short(1, 0, 0, 80), aboveScale: short(1, 0, 0, 80), nonPublic: none(), workers: workers(100, 0, 0, 80) },
      { id: 'ent-a1', name: '单位 ent-a1', kind: 'enterprise_union', all: met(1, 1, 1), aboveScale: met(1, 1, 1), nonPublic: met(1, 1, 1), workers: workers(200, 120, 0.6, 20) },
    ]);
  });

  it("counts an enterprise's own enrolment and its teams' together within a competition, and the largest competition", async () => {
    // ent-a1: labour 60 + 30 = 90, skills 120 → 120 of 200. Its teams are not listed as children.
    const res = await coverage(YEAR_2026, await city.tokenAs('enterprise_union_cadre', 'ent-a1'));
    expect(res.status).toBe(200);
    expect(figuresOf(res.body)).toEqual({ all: met(1, 1, 1), aboveScale: met(1, 1, 1), nonPublic: met(1, 1, 1), workers: workers(200, 120, 0.6, 20) });
    expect(res.body.byChild).toEqual([]);

    // From July the skills contest (ended 30 June) is outside the period: labour's 90 remains.
    const fromJuly = await coverage('from=2026-07-01&to=2026-12-31', await city.tokenAs('enterprise_union_cadre', 'ent-a1'));
    expect(fromJuly.body.workers).toEqual(workers(200, 90, 0.45, 35));
  });

  it('counts only competitions overlapping the period, both ends included', async () => {
    // July to December: the skills contest is out, so ent-b1 no longer takes part and ent-a1 has 90.
    const fromJuly = await coverage('orgUnitId=city&from=2026-07-01&to=2026-12-31');
    expect(figuresOf(fromJuly.body)).toEqual({
      all: short(5, 2, 0.4, 40),
      aboveScale: short(4, 2, 0.5, 30),
      nonPublic: short(3, 1, 0.3333, 46.67),
      workers: workers(800, 134, 0.1675, 63.25),
    });

    // A single day on which the skills contest ends and labour runs: the same as the whole year.
    const lastDayOfSkills = await coverage('orgUnitId=city&from=2026-06-30&to=2026-06-30');
    const wholeYear = await coverage(`orgUnitId=city&${YEAR_2026}`);
    expect(figuresOf(lastDayOfSkills.body)).toEqual(figuresOf(wholeYear.body));

    // 2025: only last year's contest, in which ent-a2 took part with 90.
    const lastYear = await coverage('orgUnitId=city&from=2025-01-01&to=2025-12-31');
    expect(figuresOf(lastYear.body)).toEqual({
      all: short(5, 1, 0.2, 60),
      aboveScale: short(4, 1, 0.25, 55),
      nonPublic: short(3, 0, 0, 80),
      workers: workers(800, 90, 0.1125, 68.75),
    });
    expect(lastYear.body.byChild.map((c: Json) => [c.id, c.aboveScale.takingPart])).toEqual([
      ['county-b', 0],
      ['ind-1', 0],
      ['county-a', 1],
      ['ind-2', 0],
    ]);
  });

  it('does not count a withdrawn enrolment, and counts it once it is enrolled again', async () => {
    const asTownship = await city.tokenAs('township_union_cadre', 'town-a1');
    const withdrawn = await coverage(`orgUnitId=ent-a2&${YEAR_2026}`, asTownship);
    expect(figuresOf(withdrawn.body)).toEqual({ all: short(1, 0, 0, 80), aboveScale: short(1, 0, 0, 80), nonPublic: none(), workers: workers(100, 0, 0, 80) });

    await setEnrolmentStatusBehindTheApi(city, ids.a2Withdrawn, 'enrolled');
    try {
      const enrolled = await coverage(`orgUnitId=ent-a2&${YEAR_2026}`, asTownship);
      expect(figuresOf(enrolled.body)).toEqual({ all: met(1, 1, 1), aboveScale: met(1, 1, 1), nonPublic: none(), workers: workers(100, 40, 0.4, 40) });
    } finally {
      await setEnrolmentStatusBehindTheApi(city, ids.a2Withdrawn, 'withdrawn');
    }
  });

  it('does not count competitions still in draft or filing, and counts one once it is filed', async () => {
    const draftAndFiling = await coverage(`orgUnitId=ent-a3&${YEAR_2026}`);
    expect(draftAndFiling.body.all).toEqual(short(1, 0, 0, 80));
    expect(draftAndFiling.body.workers).toEqual(workers(50, 0, 0, 80));

    await setCompetitionStatusBehindTheApi(city, ids.safety, 'filed');
    try {
      const filed = await coverage(`orgUnitId=ent-a3&${YEAR_2026}`);
      expect(filed.body.all).toEqual(met(1, 1, 1));
      expect(filed.body.workers).toEqual(workers(50, 5, 0.1, 70));
    } finally {
      await setCompetitionStatusBehindTheApi(city, ids.safety, 'filing');
    }
  });

  it('compares every share with the target given in the request', async () => {
    const sixty = await coverage(`orgUnitId=city&${YEAR_2026}&target=0.6`);
    expect(sixty.status).toBe(200);
    expect(sixty.body.target).toBe(0.6);
    expect(figuresOf(sixty.body)).toEqual({
      all: met(5, 3, 0.6),
      aboveScale: met(4, 3, 0.75),
      nonPublic: met(3, 2, 0.6667),
      workers: workers(800, 464, 0.58, 2),
    });
    expect(sixty.body.byChild[0]).toMatchObject({ id: 'county-a', aboveScale: short(2, 1, 0.5, 10) });

    const all = await coverage(`orgUnitId=city&${YEAR_2026}&target=1`);
    expect(all.body.aboveScale).toEqual(short(4, 3, 0.75, 25));
  });

  it('lets cadres and auditors read their own subtree only, refusing others with 403 and recording it', async () => {
    const auditor = await coverage(`orgUnitId=town-a1&${YEAR_2026}`, await city.tokenAs('auditor', 'county-a'));
    expect(auditor.status).toBe(200);
    expect(auditor.body.aboveScale).toEqual(short(2, 1, 0.5, 30));

    const deniedBefore = (await city.auditRows()).filter((r) => r.action === 'access.denied').length;
    const township = await city.tokenAs('township_union_cadre', 'town-a1');
    for (const [unit, token] of [
      ['county-a', township], // its ancestor
      ['town-a2', township], // its sibling
      ['ent-a1', await city.tokenAs('county_union_cadre', 'county-b')], // another branch
    ] as const) {
      const res = await coverage(`orgUnitId=${unit}&${YEAR_2026}`, token);
      expect([unit, res.status]).toEqual([unit, 403]);
      expect(res.body.message).toContain(unit);
    }
    const worker = await coverage(YEAR_2026, await city.tokenAs('worker', 'team-a1a'));
    expect(worker.status).toBe(403);
    expect(worker.body.message).toMatch(/^this action needs one of the roles .*auditor; you have worker$/);
    const deniedAfter = (await city.auditRows()).filter((r) => r.action === 'access.denied').length;
    expect(deniedAfter).toBe(deniedBefore + 4);
  });

  it.each([
    ['to before from', 'from=2026-12-31&to=2026-01-01', /^to \(2026-01-01\) must not be before from \(2026-12-31\)/],
    ['no from', 'to=2026-12-31', /^from must be a calendar date written YYYY-MM-DD$/],
    ['a day that does not exist', 'from=2026-02-30&to=2026-12-31', /^from must be a calendar date written YYYY-MM-DD$/],
    ['a target above 1', `${YEAR_2026}&target=1.5`, /^target must be a number between 0 and 1/],
    ['a target that is not a number', `${YEAR_2026}&target=eighty`, /^target must be a number between 0 and 1/],
    ['a unit that does not exist', `orgUnitId=nowhere&${YEAR_2026}`, /^orgUnitId: there is no org unit 'nowhere'$/],
    ['an unknown parameter', `${YEAR_2026}&level=county`, /^property level should not exist$/],
  ])('answers 400 for %s, saying what is wrong', async (_, query, message) => {
    const res = await coverage(query);
    expect(res.status).toBe(400);
    const messages: string[] = Array.isArray(res.body.message) ? res.body.message : [res.body.message];
    expect(messages).toEqual([expect.stringMatching(message)]);
  });
});
