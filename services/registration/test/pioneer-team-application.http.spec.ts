import { randomUUID } from 'node:crypto';
import { apiClient, createUserWithPassword, Json, startTestCity, TestCity, waitFor } from '@lc/testing';
import { validForm } from './fixtures/pioneer-team-form.fixture';

/**
 * The 工人先锋号 creation application of seed 004 attachment 1: every field, the composition checked,
 * and its four opinion boxes (unit union → unit → township union → county committee office) as the
 * steps of the approval chain.
 */
describe('a 工人先锋号 creation application', () => {
  let city: TestCity;
  let competitionId: string;
  const password = 'Pioneer2026pass';
  const as: Record<string, ReturnType<typeof apiClient>> = {};

  beforeAll(async () => {
    city = await startTestCity();
    const root = apiClient(city.registration.url, city.rootToken);
    const users: [string, string, string][] = [
      ['ent.cadre', 'ent-a1', 'enterprise_union_cadre'],
      ['ent.manager', 'ent-a1', 'enterprise_management'],
      ['town.cadre', 'town-a1', 'township_union_cadre'],
      ['county.office', 'county-a', 'county_committee_office'],
      ['team.leader', 'team-a1a', 'team_leader'],
    ];
    for (const [username, orgUnitId, role] of users) {
      const { login } = await createUserWithPassword(city.registration.url, city.rootToken, { username, displayName: username, orgUnitId, roles: [role] }, password);
      as[username] = apiClient(city.registration.url, login.accessToken);
    }
    // A county creation competition, filed with the city and open.
    const county = apiClient(city.registration.url, await city.tokenAs('county_union_cadre', 'county-a'));
    const created = await county.post('/competitions', { name: '2026年东城区工人先锋号创建', organiserOrgUnitId: 'county-a', startDate: '2026-03-01', endDate: '2026-12-31', kind: 'team_creation' });
    competitionId = created.body.id;
    const filing = (await county.post(`/competitions/${competitionId}/filing`)).body;
    await waitFor('the city inbox', async () => (await root.get('/approvals/inbox')).body.total > 0);
    await root.post(`/approvals/${filing.workflowId}/decisions`, { decisionId: randomUUID(), stepId: 'city', outcome: 'approve', opinion: '同意' });
    await waitFor('filed', async () => (await county.get(`/competitions/${competitionId}`)).body.status === 'filed');
    expect((await county.post(`/competitions/${competitionId}/lifecycle`, { action: 'open' })).body.status).toBe('open');
  });

  afterAll(() => city?.stop());

  const application = (overrides: Json = {}) => ({ competitionId, teamUnitId: 'team-a1a', ...validForm(), ...overrides });

  it('refuses a form whose composition does not add up, naming every mismatch, and keeps nothing', async () => {
    const form = validForm();
    const res = await as['team.leader'].post('/pioneer-team-applications', application({ headcount: 13, composition: { ...form.composition, men: 10 } }));
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual([
      'composition.total (12) must equal headcount (13)',
      'composition.men (10) + composition.women (3) must equal composition.total (12)',
    ]);
    const bad = await as['team.leader'].post('/pioneer-team-applications', application({ postcode: '3131', leader: { ...form.leader, mobile: '12345' } }));
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual(expect.arrayContaining(['postcode must be 6 digits', 'leader.mobile must be an 11-digit mainland mobile number']));
    for (const missing of ['composition', 'leader']) {
      const without = await as['team.leader'].post('/pioneer-team-applications', application({ [missing]: undefined }));
      expect([without.status, without.body.message]).toEqual([400, expect.arrayContaining([`${missing} is required`])]);
    }
    expect((await city.sql(`SELECT count(*)::int AS n FROM registration.pioneer_team_applications`))[0].n).toBe(0);
  });

  it('climbs the four opinion boxes of the form in order, and the application is approved', async () => {
    const res = await as['team.leader'].post('/pioneer-team-applications', application());
    expect(res.status).toBe(201);
    expect(res.body.steps).toEqual([
      { stepId: 'ent-a1#1', title: '单位工会意见' },
      { stepId: 'ent-a1#2', title: '单位意见' },
      { stepId: 'town-a1', title: '乡镇（街道、园区）工会意见' },
      { stepId: 'county-a', title: '县劳动竞赛委员会办公室意见' },
    ]);
    const { id, workflowId } = res.body;
    expect((await as['team.leader'].post('/pioneer-team-applications', application())).status).toBe(409);

    const order: [string, string][] = [
      ['ent.cadre', 'ent-a1#1'],
      ['ent.manager', 'ent-a1#2'],
      ['town.cadre', 'town-a1'],
      ['county.office', 'county-a'],
    ];
    for (const [username, stepId] of order) {
      await waitFor(`${username}'s inbox`, async () => (await as[username].get('/approvals/inbox')).body.items.some((i: Json) => i.workflowId === workflowId && i.stepId === stepId));
      // The management cannot fill the union's box, nor the union the management's.
      if (stepId === 'ent-a1#1') expect((await as['ent.manager'].post(`/approvals/${workflowId}/decisions`, { decisionId: randomUUID(), stepId, outcome: 'approve', opinion: '' })).status).toBe(409);
      const decided = await as[username].post(`/approvals/${workflowId}/decisions`, { decisionId: randomUUID(), stepId, outcome: 'approve', opinion: '同意推荐' });
      expect(decided.status).toBe(200);
    }
    await waitFor('the application to be approved', async () => (await as['team.leader'].get(`/pioneer-team-applications/${id}`)).body.status === 'approved');
    const stored = (await as['team.leader'].get(`/pioneer-team-applications/${id}`)).body;
    expect(stored).toMatchObject({ competitionId, teamUnitId: 'team-a1a', enterpriseUnitId: 'ent-a1', form: validForm() });
    // The paper form names the enterprise and the team, as the tree names them.
    expect(stored).toMatchObject({ teamUnitName: '单位 team-a1a', enterpriseUnitName: '单位 ent-a1' });
    // The approved application is the team's enrolment in the competition.
    const enrolments = (await as['town.cadre'].get(`/competitions/${competitionId}/enrolments`)).body.items;
    expect(enrolments).toEqual([expect.objectContaining({ unitId: 'team-a1a', enterpriseUnitId: 'ent-a1', participants: 12, leaderName: '王建军', contactPhone: '13912345678' })]);
    const signed = (await as['county.office'].get(`/approvals/${workflowId}`)).body.state.steps.map((s: Json) => [s.stepId, s.signatures[0]?.opinion]);
    expect(signed).toEqual([
      ['ent-a1#1', '同意推荐'],
      ['ent-a1#2', '同意推荐'],
      ['town-a1', '同意推荐'],
      ['county-a', '同意推荐'],
    ]);
  });

  it("fills the unit union's box with its only cadre's opinion when that cadre submits, as on the paper form, and the chain waits at the unit's box", async () => {
    // ent.cadre is ent-a1's only union cadre: nobody else could fill 单位工会意见, so the submission needs its opinion…
    const bare = await as['ent.cadre'].post('/pioneer-team-applications', application({ teamUnitId: 'team-a1b' }));
    expect([bare.status, bare.body.code, bare.body.field]).toEqual([400, 'first-box-opinion-required', 'firstBoxOpinion']);
    expect(bare.body.message).toBe('firstBoxOpinion: you are the only one at 单位 ent-a1 who can fill 单位工会意见; write its opinion, which the submission fills in');
    // …and someone who does not hold the box may not write it.
    const leaderB = apiClient(city.registration.url, await city.tokenAs('team_leader', 'team-a1b'));
    const notTheirs = await leaderB.post('/pioneer-team-applications', application({ teamUnitId: 'team-a1b', firstBoxOpinion: '同意' }));
    expect([notTheirs.status, notTheirs.body.code]).toEqual([403, 'not-first-box-holder']);
    expect((await city.sql(`SELECT count(*)::int AS n FROM registration.pioneer_team_applications WHERE team_unit_id = 'team-a1b'`))[0].n).toBe(0);

    const res = await as['ent.cadre'].post('/pioneer-team-applications', application({ teamUnitId: 'team-a1b', firstBoxOpinion: '班组管理规范，同意推荐' }));
    expect(res.status).toBe(201);
    const { id, workflowId } = res.body;
    // The opinion is the box's, not a field of the application's form.
    expect((await city.sql(`SELECT form ? 'firstBoxOpinion' AS kept FROM registration.pioneer_team_applications WHERE id = $1`, [id]))[0].kept).toBe(false);
    // The unit's management decides next, as after any decision of the first box.
    await waitFor("the management's inbox", async () => (await as['ent.manager'].get('/approvals/inbox')).body.items.some((i: Json) => i.workflowId === workflowId && i.stepId === 'ent-a1#2'));
    const chain = (await as['ent.cadre'].get(`/approvals/${workflowId}`)).body;
    const me = (await as['ent.cadre'].get('/users/me')).body.id;
    expect(chain.state.transitions.map((t: Json) => [t.kind, t.stepId, t.actorUserId, t.opinion])).toEqual([
      ['submitted', null, me, null],
      ['step-approved', 'ent-a1#1', me, '班组管理规范，同意推荐'],
    ]);
    expect(chain.state.steps[0].signatures).toEqual([expect.objectContaining({ userId: me, outcome: 'approve', opinion: '班组管理规范，同意推荐' })]);
    expect(chain.people[me]).toMatchObject({ displayName: 'ent.cadre', orgUnitId: 'ent-a1' });
    // Audited as any decision: the submission and the box, each under the cadre's own unit.
    const trail = await city.sql(`SELECT action, actor_id, actor_org_unit_id, reason FROM registration.audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(trail.map((r: Json) => [r.action, r.actor_id, r.actor_org_unit_id, r.reason])).toEqual([
      ['pioneer-team-application.submitted', me, 'ent-a1', null],
      ['approval.submitted', me, 'ent-a1', null],
      ['approval.step-approved', me, 'ent-a1', '班组管理规范，同意推荐'],
    ]);
    // The signed box was not left in anyone's inbox: the cadre has nothing of it to decide.
    expect((await as['ent.cadre'].get('/approvals/inbox')).body.items.some((i: Json) => i.workflowId === workflowId)).toBe(false);
  });

  it('still refuses an application when nobody at all can fill a box, and keeps nothing', async () => {
    // ent-a2 has no union cadre: its team (made for this test) cannot apply.
    const root = apiClient(city.registration.url, city.rootToken);
    const team = await root.post('/org-units', { id: 'team-a2a', name: '装配班', kind: 'team', parentId: 'ent-a2' });
    expect(team.status).toBe(201);
    city.paths.set('team-a2a', team.body.path);
    const leader = apiClient(city.registration.url, await city.tokenAs('team_leader', 'team-a2a'));
    const res = await leader.post('/pioneer-team-applications', application({ teamUnitId: 'team-a2a' }));
    expect([res.status, res.body.code]).toEqual([409, 'nobody-can-decide']);
    expect(res.body.message).toMatch(/^nobody can decide at ent-a2 \(单位工会意见\): no active user of 单位 ent-a2 holds enterprise_union_cadre/);
    expect((await city.sql(`SELECT count(*)::int AS n FROM registration.pioneer_team_applications WHERE team_unit_id = 'team-a2a'`))[0].n).toBe(0);
  });

  it('refuses an application in a competition that is not a team creation, and a team outside the caller', async () => {
    const county = apiClient(city.registration.url, await city.tokenAs('county_union_cadre', 'county-a'));
    const other = (await county.post('/competitions', { name: '技能比武', organiserOrgUnitId: 'county-a', startDate: '2026-03-01', endDate: '2026-12-31', kind: 'skills_contest' })).body.id;
    const wrongKind = await as['team.leader'].post('/pioneer-team-applications', application({ competitionId: other, teamUnitId: 'team-a1a' }));
    expect([wrongKind.status, wrongKind.body.message]).toEqual([400, `competitionId: competition ${other} is not a 工人先锋号 / 五型班组 creation competition`]);
    expect((await as['team.leader'].post('/pioneer-team-applications', application({ teamUnitId: 'team-a1b' }))).status).toBe(403);
    expect((await as['ent.cadre'].post('/pioneer-team-applications', application({ teamUnitId: 'ent-a1' }))).status).toBe(400);
  });

  it("refuses another county's competition (403) before telling its kind or status, and another county's unit before telling what it is", async () => {
    const countyB = apiClient(city.registration.url, await city.tokenAs('county_union_cadre', 'county-b'));
    const draft = (await countyB.post('/competitions', { name: '西区工人先锋号创建', organiserOrgUnitId: 'county-b', startDate: '2026-03-01', endDate: '2026-12-31', kind: 'team_creation' })).body.id;
    const elsewhere = await as['team.leader'].post('/pioneer-team-applications', application({ competitionId: draft }));
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.message).toMatch(/^competition .* is organised by county-b, which is neither above nor under your unit team-a1a/);
    const otherCountyUnit = await as['ent.cadre'].post('/pioneer-team-applications', application({ teamUnitId: 'ent-b1' }));
    expect(otherCountyUnit.status).toBe(403);
  });
});
