import { randomUUID } from 'node:crypto';
import { apiClient, Json, startTestCity, TestCity, waitFor } from '@lc/testing';

/** The competition plan (seed 003 item 8), its lifecycle and the four-level league, through HTTP. */
describe('competitions', () => {
  let city: TestCity;
  let county: ReturnType<typeof apiClient>;
  let township: ReturnType<typeof apiClient>;
  let root: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    city = await startTestCity();
    root = apiClient(city.registration.url, city.rootToken);
    county = apiClient(city.registration.url, await city.tokenAs('county_union_cadre', 'county-a'));
    township = apiClient(city.registration.url, await city.tokenAs('township_union_cadre', 'town-a1'));
  });

  afterAll(() => city?.stop());

  const plan = {
    name: '2026年东城区“当好主人翁、建功新时代”劳动竞赛',
    organiserOrgUnitId: 'county-a',
    startDate: '2026-03-01',
    endDate: '2026-11-30',
    kind: 'key_project',
    theme: '当好主人翁、建功新时代',
    contentAndGoals: '围绕重点项目开展“六比一创”竞赛',
    requirements: '安全、质量、创新、文明达标',
    formatAndVehicle: '劳动竞赛、技能比武、合理化建议',
    participantScope: { industries: ['制造业'], aboveScaleOnly: true, unitKinds: ['enterprise_union'] },
    evaluationMethod: '按考核细则百分制评分，90分以上为合格',
    assessmentTemplate: 'attachment-3',
    awardMethod: '评选先进集体和先进个人，给予表彰奖励',
    budgetYuan: '120000.50',
  };

  /** Files a county plan with the city union and has it approved, so that it can open. */
  async function filedCountyPlan(overrides: Json = {}): Promise<string> {
    const created = await county.post('/competitions', { ...plan, ...overrides });
    expect(created.status).toBe(201);
    const filing = await county.post(`/competitions/${created.body.id}/filing`);
    expect(filing.status).toBe(201);
    await waitFor('the city inbox', async () => (await root.get('/approvals/inbox')).body.items.some((i: Json) => i.itemId === created.body.id));
    const decided = await root.post(`/approvals/${filing.body.workflowId}/decisions`, { decisionId: randomUUID(), stepId: 'city', outcome: 'approve', opinion: '同意备案' });
    expect(decided.body.status).toBe('approved');
    await waitFor('the plan to be filed', async () => (await county.get(`/competitions/${created.body.id}`)).body.status === 'filed');
    return created.body.id;
  }

  it('keeps every field of the plan, audited as created', async () => {
    const res = await county.post('/competitions', plan);
    expect(res.status).toBe(201);
    const { name, organiserOrgUnitId, startDate, endDate, ...fields } = plan;
    expect(res.body).toMatchObject({ name, organiserOrgUnitId, startDate, endDate, ...fields, status: 'draft', kindLabel: '重点项目劳动竞赛(六比一创)', version: 1, parentCompetitionId: null });
    const [entry] = await city.sql(`SELECT action, after FROM registration.audit_log WHERE entity_id = $1`, [res.body.id]);
    expect(entry).toMatchObject({ action: 'competition.created', after: expect.objectContaining({ budgetYuan: '120000.50', participantScope: plan.participantScope }) });

    // Read back, the organiser is named as people know it, in the record and in the list.
    const [{ name: organiserName }] = await city.sql(`SELECT name FROM registration.org_units WHERE id = $1`, [organiserOrgUnitId]);
    expect((await county.get(`/competitions/${res.body.id}`)).body.organiserName).toBe(organiserName);
    const listed = (await county.get(`/competitions?organiserOrgUnitId=${organiserOrgUnitId}&limit=100`)).body.items.find((c: Json) => c.id === res.body.id);
    expect(listed.organiserName).toBe(organiserName);
    // Found by part of its name, its kind and where it stands; not under another status or kind.
    const found = async (query: string) => (await county.get(`/competitions?${query}&limit=100`)).body.items.map((c: Json) => c.id);
    const word = encodeURIComponent(String(name).slice(1, 5));
    expect(await found(`q=${word}&status=draft&kind=${plan.kind}`)).toContain(res.body.id);
    expect(await found(`q=${word}&status=open`)).not.toContain(res.body.id);
    expect(await found(`kind=skills_contest`)).not.toContain(res.body.id);
    expect((await county.get('/competitions?status=finished')).body).toMatchObject({ statusCode: 400, field: 'status' });
    const byStart = (await county.get('/competitions?sort=-startDate&limit=100')).body.items.map((c: Json) => c.startDate);
    expect(byStart.length).toBeGreaterThan(0);
    expect(byStart).toEqual([...byStart].sort().reverse());
  });

  it.each([
    [{ kind: 'chess' }, /^kind must be one of labour_competition, /],
    [{ budgetYuan: '12.345' }, /^budgetYuan must be an amount in yuan with at most 2 decimals/],
    [{ participantScope: { ownership: 'private' } }, /^participantScope\.ownership must be 'public' or 'non_public'$/],
    [{ participantScope: { subtreeOf: 'town-b1' } }, /^participantScope\.subtreeOf: town-b1 is not under the organiser county-a$/],
    [{ parentCompetitionId: randomUUID() }, /^parentCompetitionId: there is no competition /],
  ])('refuses %j, naming the field', async (override, message) => {
    const before = (await city.sql(`SELECT count(*)::int AS n FROM registration.competitions`))[0].n;
    const res = await county.post('/competitions', { ...plan, ...override });
    expect(res.status).toBe(400);
    const messages: string[] = Array.isArray(res.body.message) ? res.body.message : [res.body.message];
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    expect((await city.sql(`SELECT count(*)::int AS n FROM registration.competitions`))[0].n).toBe(before);
  });

  it('goes draft → filing → filed → open → running → assessing → closed, refusing every move out of turn', async () => {
    const draft = (await county.post('/competitions', plan)).body.id;
    const tooEarly = await county.post(`/competitions/${draft}/lifecycle`, { action: 'open' });
    expect([tooEarly.status, tooEarly.body.message]).toEqual([409, 'action: cannot open it for enrolment: only a filed competition can, and file the plan first (POST /competitions/{id}/filing)']);

    const id = await filedCountyPlan();
    const refusals: [string, string][] = [
      ['start', 'action: cannot start it: only a open competition can, and it is filed'],
      ['close', 'action: cannot close it: only a assessing competition can, and it is filed'],
    ];
    for (const [action, message] of refusals) {
      const res = await county.post(`/competitions/${id}/lifecycle`, { action });
      expect([res.status, res.body.message]).toEqual([409, message]);
    }
    for (const [action, status] of [['open', 'open'], ['start', 'running'], ['assess', 'assessing'], ['close', 'closed']]) {
      const res = await county.post(`/competitions/${id}/lifecycle`, { action, reason: '按计划推进' });
      expect([res.status, res.body.status]).toEqual([200, status]);
    }
    expect((await county.post(`/competitions/${id}/lifecycle`, { action: 'open' })).status).toBe(409);
    expect((await county.post(`/competitions/${id}/lifecycle`, { action: 'restart' })).status).toBe(400);
    // Only the organiser's line moves it: another county's cadre is refused.
    const other = apiClient(city.registration.url, await city.tokenAs('county_union_cadre', 'county-b'));
    expect((await other.post(`/competitions/${draft}/lifecycle`, { action: 'open' })).status).toBe(403);

    const events = await city.sql(
      `SELECT envelope->'payload'->>'from' AS "from", envelope->'payload'->>'to' AS "to" FROM registration.outbox
        WHERE event_type = 'competition.status-changed' AND message_key = $1 ORDER BY seq`,
      [id],
    );
    expect(events.map((e: Json) => `${e.from}→${e.to}`)).toEqual([
      'draft→filing',
      'filing→filed',
      'filed→open',
      'open→running',
      'running→assessing',
      'assessing→closed',
    ]);
    const actions = await city.sql(`SELECT action FROM registration.audit_log WHERE entity_id = $1 AND action LIKE 'competition.%' ORDER BY id`, [id]);
    expect(actions.map((a: Json) => a.action)).toEqual([
      'competition.created',
      'competition.filing-submitted',
      'competition.opened',
      'competition.started',
      'competition.assessment-started',
      'competition.closed',
    ]);
  });

  it('files a plan of the top union at once, saying it is filed outside the platform, and it can open', async () => {
    const id = (await root.post('/competitions', { ...plan, organiserOrgUnitId: 'city', participantScope: {} })).body.id;
    const filing = await root.post(`/competitions/${id}/filing`);
    expect([filing.status, filing.body]).toEqual([201, { workflowId: null, steps: [] }]);
    expect((await root.get(`/competitions/${id}`)).body.status).toBe('filed');
    const [entry] = await city.sql(`SELECT reason FROM registration.audit_log WHERE entity_id = $1 AND action = 'competition.filed'`, [id]);
    expect(entry.reason).toMatch(/^organised by city, the top union of this platform/);
    expect((await root.post(`/competitions/${id}/lifecycle`, { action: 'open' })).body.status).toBe('open');
  });

  it('changes the plan only as a draft, or when the filing was returned for revision', async () => {
    const id = (await county.post('/competitions', plan)).body.id;
    const edited = await county.patch(`/competitions/${id}`, { budgetYuan: '150000', requirements: '增加安全指标', reason: '预算调整' });
    expect(edited.body).toMatchObject({ budgetYuan: '150000.00', requirements: '增加安全指标', version: 2 });
    expect((await county.patch(`/competitions/${id}`, { endDate: '2026-01-01' })).status).toBe(400);

    const { workflowId } = (await county.post(`/competitions/${id}/filing`)).body;
    await waitFor('the city inbox', async () => (await root.get('/approvals/inbox')).body.items.some((i: Json) => i.itemId === id));
    const locked = await county.patch(`/competitions/${id}`, { theme: '改主题' });
    expect([locked.status, locked.body.message]).toEqual([409, `competition ${id} is filing: its plan changes only as a draft, or when its filing was returned for revision`]);

    await root.post(`/approvals/${workflowId}/decisions`, { decisionId: randomUUID(), stepId: 'city', outcome: 'return', opinion: '请补充考评办法' });
    await waitFor('the return to be recorded', async () => (await county.patch(`/competitions/${id}`, { evaluationMethod: '百分制考评，季度通报' })).status === 200);
    const resubmitted = await county.post(`/approvals/${workflowId}/resubmit`, { decisionId: randomUUID(), text: '已补充考评办法' });
    expect(resubmitted.body).toMatchObject({ status: 'pending', currentStepId: 'city' });
    expect((await county.get(`/competitions/${id}`)).body).toMatchObject({ status: 'filing', evaluationMethod: '百分制考评，季度通报' });
  });

  it('runs township sub-competitions under a filed county competition and rolls the league up', async () => {
    const countyId = await filedCountyPlan({ name: '东城区四级联赛' });
    const sub = { name: '兴华街道联赛', organiserOrgUnitId: 'town-a1', startDate: '2026-04-01', endDate: '2026-10-31', parentCompetitionId: countyId };
    const townA1 = await township.post('/competitions', sub);
    expect([townA1.status, townA1.body.parentCompetitionId]).toEqual([201, countyId]);
    const townA2 = await root.post('/competitions', { ...sub, name: '城南街道联赛', organiserOrgUnitId: 'town-a2' });
    expect(townA2.status).toBe(201);

    const outside = await root.post('/competitions', { ...sub, organiserOrgUnitId: 'town-b1' });
    expect([outside.status, outside.body.message]).toEqual([400, "parentCompetitionId: a sub-competition is organised under its parent's organiser (county-a); town-b1 is not under it"]);
    const tooLong = await township.post('/competitions', { ...sub, endDate: '2026-12-31' });
    expect([tooLong.status, tooLong.body.message]).toEqual([400, "startDate/endDate: a sub-competition runs within its parent's dates, 2026-03-01 to 2026-11-30"]);
    const draftParent = (await county.post('/competitions', plan)).body.id;
    expect((await township.post('/competitions', { ...sub, parentCompetitionId: draftParent })).status).toBe(409);

    // Enrolments (through SQL here; the enrolment API has tests of its own): 2 in the county's, 1 + 2 in the townships'.
    const enrol = (competitionId: string, unitId: string, enterpriseId: string, participants: number) =>
      city.sql(
        `INSERT INTO registration.enrolments (id, competition_id, unit_id, enterprise_unit_id, participants, contact_name, contact_phone, enrolled_by)
         VALUES ($1, $2, $3, $4, $5, '联系人', '13800000000', 'test')`,
        [randomUUID(), competitionId, unitId, enterpriseId, participants],
      );
    await enrol(countyId, 'ent-a1', 'ent-a1', 40);
    await enrol(countyId, 'ent-a3', 'ent-a3', 20);
    await enrol(townA1.body.id, 'team-a1a', 'ent-a1', 8);
    await enrol(townA2.body.id, 'ent-a3', 'ent-a3', 15);
    await enrol(townA2.body.id, 'ent-a2', 'ent-a2', 5);

    const league = (await county.get(`/competitions/${countyId}/league`)).body;
    expect(league).toMatchObject({ id: countyId, enrolledUnits: 2, participants: 60, totals: { competitions: 3, enrolledUnits: 5, participants: 88 } });
    expect(league.subCompetitions.map((s: Json) => [s.organiserOrgUnitId, s.enrolledUnits, s.participants])).toEqual([
      ['town-a1', 1, 8],
      ['town-a2', 2, 20],
    ]);
    // A township sees its own branch of the league, not its sibling's.
    const seenByTownA1 = (await township.get(`/competitions/${countyId}/league`)).body;
    expect(seenByTownA1.subCompetitions.map((s: Json) => s.organiserOrgUnitId)).toEqual(['town-a1']);
    expect(seenByTownA1.totals).toEqual({ competitions: 2, enrolledUnits: 3, participants: 68 });
  });
});
