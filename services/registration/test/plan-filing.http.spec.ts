import { apiClient, createUserWithPassword, Json, startTestCity, TestCity, waitFor } from '@lc/testing';

/**
 * The approval chain serving its first item: a township's competition plan filed (备案) up to the city
 * union, through registration's HTTP API, real users at each level, the inbox read model, the audit
 * trail and approval.transitioned events.
 */
describe('filing a competition plan up the approval chain', () => {
  let city: TestCity;
  const password = 'Filing2026pass';
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    city = await startTestCity();
    const users: [string, string, string][] = [
      ['town.cadre', 'town-a1', 'township_union_cadre'],
      ['county.office', 'county-a', 'county_committee_office'],
      ['county.cadre', 'county-a', 'county_union_cadre'],
      ['city.deputy', 'city', 'city_union_cadre'],
      ['other.town', 'town-b1', 'township_union_cadre'],
    ];
    // Each chooses their own password at the first login (a password a cadre sets is temporary).
    for (const [username, orgUnitId, role] of users) {
      const { user, login } = await createUserWithPassword(city.registration.url, city.rootToken, { username, displayName: username, orgUnitId, roles: [role] }, password);
      ids[username] = user.id;
      tokens[username] = login.accessToken;
    }
    const root = await apiClient(city.registration.url).post('/auth/login', { username: 'city.cadre', password: 'Test2026pass' });
    expect(root.status).toBe(200);
    tokens['city.cadre'] = root.body.accessToken;
    ids['city.cadre'] = root.body.user.userId;
  });

  afterAll(() => city?.stop());

  const as = (username: string) => apiClient(city.registration.url, tokens[username]);
  let n = 0;
  const decide = (username: string, workflowId: string, stepId: string, outcome = 'approve', extra: Json = {}) =>
    as(username).post(`/approvals/${workflowId}/decisions`, { decisionId: `d-${++n}`, stepId, outcome, opinion: outcome === 'approve' ? '同意备案' : '请补充竞赛内容', ...extra });
  const inboxOf = async (username: string) => (await as(username).get('/approvals/inbox')).body;
  const statusOf = async (id: string) => (await as('town.cadre').get(`/competitions/${id}`)).body.status;

  async function draftPlan(name: string): Promise<string> {
    const res = await as('town.cadre').post('/competitions', { name, organiserOrgUnitId: 'town-a1', startDate: '2026-03-01', endDate: '2026-11-30' });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  it('goes from the township through the county office to the city union, then the plan is filed', async () => {
    const id = await draftPlan('兴华街道2026年职工技能竞赛');
    const filing = await as('town.cadre').post(`/competitions/${id}/filing`);
    expect(filing.status).toBe(201);
    expect(filing.body.steps).toEqual([
      { stepId: 'county-a', title: '县劳动竞赛委员会办公室意见' },
      { stepId: 'city', title: '市总工会意见' },
    ]);
    const { workflowId } = filing.body;
    expect(await statusOf(id)).toBe('filing');

    // Or-sign at the county: both the office and the county cadre see it; one decision is enough.
    const waitingAtCounty = await waitFor('the county inbox', async () => {
      const inbox = await inboxOf('county.office');
      return inbox.total > 0 ? inbox : undefined;
    });
    expect(waitingAtCounty.items[0]).toMatchObject({ workflowId, itemKind: 'plan-filing', itemId: id, stepId: 'county-a', stepTitle: '县劳动竞赛委员会办公室意见' });
    expect((await inboxOf('county.cadre')).total).toBe(1);
    expect((await inboxOf('city.cadre')).total).toBe(0);

    // The submitter cannot decide; another county's township cadre may not even see the item (404, as for an
    // unknown one); the city cannot jump the queue.
    expect((await decide('other.town', workflowId, 'county-a')).status).toBe(404);
    const early = await decide('city.cadre', workflowId, 'city');
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/^step city \(市总工会意见\) is not the step waiting for a decision; the item waits at county-a/);

    const atCounty = await decide('county.office', workflowId, 'county-a');
    expect([atCounty.status, atCounty.body]).toEqual([200, expect.objectContaining({ status: 'pending', currentStepId: 'city' })]);
    expect((await inboxOf('county.cadre')).total).toBe(0);
    expect((await inboxOf('city.cadre')).items.map((i: Json) => i.workflowId)).toEqual([workflowId]);

    const atCity = await decide('city.cadre', workflowId, 'city');
    expect(atCity.body).toMatchObject({ status: 'approved', currentStepId: null });
    await waitFor('the plan to be filed', async () => (await statusOf(id)) === 'filed');
    expect((await inboxOf('city.cadre')).total).toBe(0);
    const late = await decide('city.cadre', workflowId, 'city', 'reject');
    expect([late.status, late.body.message]).toEqual([409, `approval item ${workflowId} does not exist or is already decided; it takes no more decisions`]);
    // The city's decision sent again (a retry after a lost answer) is answered as the first time, even now.
    const again = await as('city.cadre').post(`/approvals/${workflowId}/decisions`, { decisionId: `d-${n - 1}`, stepId: 'city', outcome: 'approve', opinion: '同意备案' });
    expect([again.status, again.body]).toEqual([200, atCity.body]);

    const state = await as('town.cadre').get(`/approvals/${workflowId}`);
    expect(state.body.state.transitions.map((t: Json) => t.kind)).toEqual(['submitted', 'step-approved', 'approved']);
    const audit = await city.sql(`SELECT action, actor_id, reason FROM registration.audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: Json) => a.action)).toEqual(['competition.created', 'competition.filing-submitted', 'approval.submitted', 'approval.step-approved', 'approval.approved']);
    expect(audit[3]).toMatchObject({ actor_id: ids['county.office'], reason: '同意备案' });
    const events = await city.sql(`SELECT envelope->'payload'->>'kind' AS kind FROM registration.outbox WHERE event_type = 'approval.transitioned' AND message_key = $1 ORDER BY seq`, [workflowId]);
    expect(events.map((e: Json) => e.kind)).toEqual(['submitted', 'step-approved', 'approved']);
  });

  it('returns to the township for revision, resumes at the county when resubmitted, and refuses a second filing meanwhile', async () => {
    const id = await draftPlan('兴华街道安康杯竞赛');
    const { workflowId } = (await as('town.cadre').post(`/competitions/${id}/filing`)).body;
    expect((await as('town.cadre').post(`/competitions/${id}/filing`)).status).toBe(409);
    await waitFor('the county inbox', async () => (await inboxOf('county.cadre')).items.some((i: Json) => i.workflowId === workflowId));

    const returned = await decide('county.cadre', workflowId, 'county-a', 'return');
    expect(returned.body).toMatchObject({ status: 'returned', currentStepId: 'county-a' });
    expect((await inboxOf('town.cadre')).items).toEqual([expect.objectContaining({ workflowId, stepTitle: '退回修改' })]);
    expect((await as('county.cadre').post(`/approvals/${workflowId}/resubmit`, { decisionId: 'r-x', text: '改了' })).status).toBe(409);
    const resubmitted = await as('town.cadre').post(`/approvals/${workflowId}/resubmit`, { decisionId: `r-${id}`, text: '已补充竞赛内容和考核办法' });
    expect(resubmitted.body).toMatchObject({ status: 'pending', currentStepId: 'county-a' });
    expect((await inboxOf('county.office')).items.map((i: Json) => i.workflowId)).toContain(workflowId);

    const withdrawn = await as('town.cadre').post(`/approvals/${workflowId}/withdraw`, { decisionId: `w-${id}`, text: '计划调整' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn' });
    await waitFor('the plan to be a draft again', async () => (await statusOf(id)) === 'draft');
    // The submitter's own acts are audited under their own unit, never under the step that returned the plan.
    const trail = await city.sql(`SELECT action, actor_org_unit_id FROM registration.audit_log WHERE entity_id = $1 AND action LIKE 'approval.%' ORDER BY id`, [id]);
    expect(trail.map((r: Json) => [r.action, r.actor_org_unit_id])).toEqual([
      ['approval.submitted', 'town-a1'],
      ['approval.returned', 'county-a'],
      ['approval.resubmitted', 'town-a1'],
      ['approval.withdrawn', 'town-a1'],
    ]);
    expect((await inboxOf('county.office')).items.map((i: Json) => i.workflowId)).not.toContain(workflowId);
  });

  it("lets a deputy decide on the approver's behalf only under a delegation in force", async () => {
    const id = await draftPlan('兴华街道劳动竞赛');
    const { workflowId } = (await as('town.cadre').post(`/competitions/${id}/filing`)).body;
    await waitFor('the county inbox', async () => (await inboxOf('county.office')).items.some((i: Json) => i.workflowId === workflowId));
    await decide('county.office', workflowId, 'county-a');

    const without = await decide('county.cadre', workflowId, 'city', 'approve', { onBehalfOf: ids['city.cadre'] });
    expect([without.status, without.body.message]).toEqual([403, `onBehalfOf: ${ids['city.cadre']} has not delegated their decisions to you for now`]);

    const now = Date.now();
    const delegation = await as('city.cadre').post('/delegations', {
      deputyUserId: ids['county.cadre'],
      validFrom: new Date(now - 60_000).toISOString(),
      validUntil: new Date(now + 3_600_000).toISOString(),
      reason: '外出学习',
    });
    expect(delegation.status).toBe(201);
    const onBehalf = await decide('county.cadre', workflowId, 'city', 'approve', { onBehalfOf: ids['city.cadre'] });
    expect(onBehalf.body).toMatchObject({ status: 'approved' });
    const state = (await as('city.cadre').get(`/approvals/${workflowId}`)).body.state;
    expect(state.steps[1].signatures).toEqual([expect.objectContaining({ userId: ids['county.cadre'], onBehalfOf: ids['city.cadre'] })]);
  });

  it('refuses at submission a chain with a level nobody can decide, and leaves the plan a draft', async () => {
    // town-b1's county (county-b) has no county cadre or office: the filing cannot start.
    const res = await as('other.town').post('/competitions', { name: '西区竞赛', organiserOrgUnitId: 'town-b1', startDate: '2026-03-01', endDate: '2026-11-30' });
    const filing = await as('other.town').post(`/competitions/${res.body.id}/filing`);
    expect(filing.status).toBe(409);
    expect(filing.body.message).toMatch(/^nobody can decide at county-b \(县劳动竞赛委员会办公室意见\)/);
    expect((await as('other.town').get(`/competitions/${res.body.id}`)).body.status).toBe('draft');
  });
});

describe('a filing step past its reminder time and deadline', () => {
  let city: TestCity;

  beforeAll(async () => {
    city = await startTestCity({ registrationSettings: { APPROVAL_REMINDER_AFTER_SECONDS: '1', APPROVAL_DEADLINE_SECONDS: '2' } });
  });

  afterAll(() => city?.stop());

  it('reminds the county, then shows the item overdue in the city inbox until the county decides', async () => {
    const root = apiClient(city.registration.url, city.rootToken);
    const signedIn = async (username: string, orgUnitId: string, role: string) =>
      apiClient(
        city.registration.url,
        (await createUserWithPassword(city.registration.url, city.rootToken, { username, displayName: username, orgUnitId, roles: [role] }, 'Filing2026pass')).login.accessToken,
      );
    const town = await signedIn('town.cadre', 'town-a1', 'township_union_cadre');
    const office = await signedIn('county.office', 'county-a', 'county_committee_office');

    const plan = await town.post('/competitions', { name: '兴华街道竞赛', organiserOrgUnitId: 'town-a1', startDate: '2026-03-01', endDate: '2026-11-30' });
    const { workflowId } = (await town.post(`/competitions/${plan.body.id}/filing`)).body;

    const overdue = await waitFor(
      'the escalation to reach the city inbox',
      async () => {
        const inbox = (await root.get('/approvals/inbox')).body;
        return inbox.items.find((i: Json) => i.workflowId === workflowId);
      },
      { timeoutMs: 20_000, intervalMs: 200 },
    );
    expect(overdue).toMatchObject({ stepId: 'county-a', waitingAs: 'escalation', stepTitle: '逾期督办：县劳动竞赛委员会办公室意见' });
    expect((await root.get('/approvals/inbox?olderThanHours=1')).body.total).toBe(0);
    // Bad input is refused before the chain hears of it: 400 naming the field, and nothing recorded.
    const bad = [
      ['/approvals/inbox?olderThanHours=99999999999', 'olderThanHours must not be greater than 87600'],
      ['/approvals/inbox?offset=1e30', 'offset must not be greater than 2147483647'],
    ];
    for (const [path, message] of bad) expect((await root.get(path)).body).toMatchObject({ statusCode: 400, message: [message] });
    for (const outcome of ['reject', 'return']) {
      const refused = await root.post(`/approvals/${workflowId}/decisions`, { decisionId: `d-blank-${outcome}`, stepId: 'county-a', outcome, opinion: ' \n ' });
      expect(refused.body).toMatchObject({ statusCode: 400, message: ['opinion is required to reject or return: say why'] });
    }
    // The city only watches: deciding the county's step is still the county's.
    expect((await root.post(`/approvals/${workflowId}/decisions`, { decisionId: 'd-city-early', stepId: 'county-a', outcome: 'approve', opinion: '' })).status).toBe(409);

    const actions = await city.sql(`SELECT action FROM registration.audit_log WHERE entity_id = $1 ORDER BY id`, [plan.body.id]);
    expect(actions.map((a: Json) => a.action)).toEqual([
      'competition.created',
      'competition.filing-submitted',
      'approval.submitted',
      'approval.reminded',
      'approval.escalated',
    ]);
    // The approval centre: overdue in the county office's todo, copied (抄送) to the city, each told.
    const officeTodo = await waitFor('the overdue item in the approval centre', async () => {
      const res = (await office.get('/approval-centre/items?box=todo&overdueOnly=true')).body;
      return res.items?.find((i: Json) => i.workflowId === workflowId);
    });
    expect(officeTodo).toMatchObject({ waitingAs: 'approver', overdue: true, currentStepId: 'county-a' });
    expect((await office.get('/approval-centre/counts')).body).toMatchObject({ todo: 1, overdue: 1 });
    expect((await root.get('/approval-centre/items?box=cc')).body.items).toEqual([expect.objectContaining({ workflowId, overdue: true })]);
    expect((await root.get('/approval-centre/items?box=todo')).body.total).toBe(0);
    const told = async (client: typeof root, kind: string) =>
      waitFor(`a ${kind} notice`, async () => (await client.get('/notifications')).body.items.find((n: Json) => n.kind === kind && n.workflowId === workflowId));
    expect((await told(office, 'reminder')).text).toBe('「兴华街道竞赛」催办：请尽快审批（县劳动竞赛委员会办公室意见）');
    expect((await told(root, 'escalation')).text).toBe('「兴华街道竞赛」逾期未审批，请督办（县劳动竞赛委员会办公室意见）');

    expect((await office.post(`/approvals/${workflowId}/decisions`, { decisionId: 'd-county', stepId: 'county-a', outcome: 'approve', opinion: '同意' })).status).toBe(200);
    const cityInbox = (await root.get('/approvals/inbox')).body.items.filter((i: Json) => i.workflowId === workflowId);
    expect(cityInbox).toEqual([expect.objectContaining({ stepId: 'city', waitingAs: 'approver' })]);
  });
});
