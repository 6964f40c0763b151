import { randomUUID } from 'node:crypto';
import { apiClient, createUserWithPassword, Json, startTestCity, TestCity, waitFor } from '@lc/testing';
import { validSupervisorForm } from './fixtures/supervisor-form.fixture';
import { dayInChina } from '../src/forms/form-fields';

/**
 * The registers of seed 004: energy-saving volunteer supervisors (attachment 4), whose four opinion
 * boxes (unit union → unit → township/industry union → county union) are the steps of an approval
 * chain and whose approved supervisors make the register; and enterprises' technical-service requests
 * (attachment 5): the township's opinion box, then delivery and the enterprise's rating, each in turn.
 */
describe('the registers of seed 004', () => {
  let city: TestCity;
  const password = 'Registers2026pass';
  const as: Record<string, ReturnType<typeof apiClient>> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    city = await startTestCity();
    const users: [string, string, string][] = [
      ['worker', 'team-a1a', 'worker'],
      ['team.leader', 'team-a1a', 'team_leader'],
      ['ent.cadre', 'ent-a1', 'enterprise_union_cadre'],
      ['ent.manager', 'ent-a1', 'enterprise_management'],
      ['town.cadre', 'town-a1', 'township_union_cadre'],
      ['county.cadre', 'county-a', 'county_union_cadre'],
      ['ent2.cadre', 'ent-a2', 'enterprise_union_cadre'],
      ['town2.cadre', 'town-a2', 'township_union_cadre'],
      ['countyb.cadre', 'county-b', 'county_union_cadre'],
    ];
    for (const [username, orgUnitId, role] of users) {
      const { user, login } = await createUserWithPassword(city.registration.url, city.rootToken, { username, displayName: username, orgUnitId, roles: [role] }, password);
      ids[username] = user.id;
      as[username] = apiClient(city.registration.url, login.accessToken);
    }
  });

  afterAll(() => city?.stop());

  const decide = async (username: string, workflowId: string, stepId: string, outcome: 'approve' | 'reject', opinion: string) => {
    await waitFor(`${username}'s inbox to hold ${stepId}`, async () =>
      (await as[username].get('/approvals/inbox')).body.items.some((i: Json) => i.workflowId === workflowId && i.stepId === stepId),
    );
    const res = await as[username].post(`/approvals/${workflowId}/decisions`, { decisionId: randomUUID(), stepId, outcome, opinion });
    expect([res.status, res.body.message]).toEqual([200, undefined]);
  };

  const auditActionsOf = async (entityId: string) => (await city.auditRows()).filter((r) => r.entity_id === entityId).map((r) => r.action);

  describe('energy-saving volunteer supervisors (attachment 4)', () => {
    const supervisor = (overrides: Json = {}) => ({ unitId: 'team-a1a', ...validSupervisorForm(), ...overrides });

    it('refuses bad input naming every field, and keeps nothing', async () => {
      const bad = await as['worker'].post(
        '/energy-supervisors',
        supervisor({ postcode: '3131', mobile: '12345', gender: 'f', birthMonth: '1988-13', name: '', appointedMonth: '2018/03' }),
      );
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(
        expect.arrayContaining([
          'postcode must be 6 digits',
          'mobile must be an 11-digit mainland mobile number',
          "gender must be 'male' or 'female'",
          'birthMonth must be a month written YYYY-MM',
          'appointedMonth must be a month written YYYY-MM',
          'name is required',
        ]),
      );
      const missing = await as['worker'].post('/energy-supervisors', { unitId: 'team-a1a', name: '张丽' });
      expect(missing.status).toBe(400);
      expect(missing.body.message).toEqual(expect.arrayContaining(['education is required', 'trade is required', 'unitAddress is required']));
      const unknown = await as['worker'].post('/energy-supervisors', supervisor({ salary: 5000 }));
      expect([unknown.status, unknown.body.message]).toEqual([400, ['property salary should not exist']]);

      const dates = await as['worker'].post('/energy-supervisors', supervisor({ birthMonth: '2005-09', appointedMonth: '2020-01' }));
      expect([dates.status, dates.body.message]).toEqual([400, ['appointedMonth (2020-01) cannot be before the person turned 16 (birthMonth 2005-09)']]);

      const notAUnitForAPerson = await as['town.cadre'].post('/energy-supervisors', supervisor({ unitId: 'town-a1' }));
      expect(notAUnitForAPerson.status).toBe(400);
      expect(notAUnitForAPerson.body.message).toBe('unitId: town-a1 is a township/street/park union (乡镇(街道、园区)工会); a supervisor belongs to a team (班组) or an enterprise (企业)');
      expect((await as['worker'].post('/energy-supervisors', supervisor({ unitId: 'nowhere' }))).body.message).toBe("unitId: there is no org unit 'nowhere'");
      expect((await city.sql(`SELECT count(*)::int AS n FROM registration.energy_supervisors`))[0].n).toBe(0);
    });

    it('climbs the four opinion boxes from the worker’s enterprise to the county union, and the approved supervisor is in the register', async () => {
      const res = await as['worker'].post('/energy-supervisors', supervisor());
      expect(res.status).toBe(201);
      expect(res.body.steps).toEqual([
        { stepId: 'ent-a1#1', title: '单位（企业）工会意见' },
        { stepId: 'ent-a1#2', title: '单位（企业）意见' },
        { stepId: 'town-a1', title: '乡镇（街道、园区）、县直属产业（行业）工会（工委）意见' },
        { stepId: 'county-a', title: '县总工会意见' },
      ]);
      const { id, workflowId } = res.body;
      // One registration per person at a time.
      const again = await as['team.leader'].post('/energy-supervisors', supervisor());
      expect([again.status, again.body.message]).toEqual([409, `mobile: the person with mobile 13912345678 is already being registered (${id})`]);

      // Not in the register while it climbs, but among those still in their chain (审批中), for its submitter too.
      expect((await as['county.cadre'].get('/energy-supervisors?orgUnitId=county-a')).body).toEqual({ items: [], total: 0 });
      const climbing = (await as['county.cadre'].get('/energy-supervisors?orgUnitId=county-a&status=submitted')).body;
      expect([climbing.total, climbing.items.map((i: Json) => [i.id, i.status])]).toEqual([1, [[id, 'submitted']]]);
      expect((await as['team.leader'].get('/energy-supervisors?status=submitted')).body.total).toBe(1);
      const badStatus = await as['county.cadre'].get('/energy-supervisors?status=pending');
      expect([badStatus.status, badStatus.body.field]).toEqual([400, 'status']);
      // The management cannot fill the union's box.
      await waitFor('the chain to wait at the enterprise union', async () => (await as['ent.cadre'].get('/approvals/inbox')).body.total > 0);
      const wrongBox = await as['ent.manager'].post(`/approvals/${workflowId}/decisions`, { decisionId: randomUUID(), stepId: 'ent-a1#1', outcome: 'approve', opinion: '同意' });
      expect(wrongBox.status).toBe(409);

      await decide('ent.cadre', workflowId, 'ent-a1#1', 'approve', '同意推荐');
      await decide('ent.manager', workflowId, 'ent-a1#2', 'approve', '同意');
      await decide('town.cadre', workflowId, 'town-a1', 'approve', '同意上报');
      await decide('county.cadre', workflowId, 'county-a', 'approve', '同意聘任');
      await waitFor('the registration to be approved', async () => (await as['worker'].get(`/energy-supervisors/${id}`)).body.status === 'approved');

      const own = await as['worker'].get(`/energy-supervisors/${id}`);
      expect(own.body).toMatchObject({
        id,
        unit: { id: 'team-a1a', kind: 'team' },
        enterprise: { id: 'ent-a1', name: '单位 ent-a1' },
        form: validSupervisorForm(),
        status: 'approved',
        workflowId,
        submittedBy: ids['worker'],
      });
      expect(own.body.decidedAt).toEqual(expect.any(String));
      const opinions = (await as['county.cadre'].get(`/approvals/${workflowId}`)).body.state.steps.map((s: Json) => [s.stepId, s.signatures[0]?.opinion]);
      expect(opinions).toEqual([
        ['ent-a1#1', '同意推荐'],
        ['ent-a1#2', '同意'],
        ['town-a1', '同意上报'],
        ['county-a', '同意聘任'],
      ]);

      // The register: approved supervisors in a subtree, paged.
      const register = await as['county.cadre'].get('/energy-supervisors?orgUnitId=county-a');
      expect(register.status).toBe(200);
      expect(register.body.total).toBe(1);
      expect(register.body.items.map((i: Json) => [i.id, i.form.name, i.unit.id, i.enterprise.id])).toEqual([[id, '张丽', 'team-a1a', 'ent-a1']]);
      expect((await as['town.cadre'].get('/energy-supervisors')).body.total).toBe(1);
      expect((await as['county.cadre'].get('/energy-supervisors?orgUnitId=town-a2')).body).toEqual({ items: [], total: 0 });
      expect((await as['county.cadre'].get('/energy-supervisors?orgUnitId=county-a&limit=1&offset=1')).body).toEqual({ items: [], total: 1 });
      expect((await as['countyb.cadre'].get('/energy-supervisors')).body.total).toBe(0);
      // Approved, the person stays registered once.
      expect((await as['team.leader'].post('/energy-supervisors', supervisor())).status).toBe(409);

      expect(await auditActionsOf(id)).toEqual([
        'energy-supervisor.submitted',
        'approval.submitted',
        'approval.step-approved',
        'approval.step-approved',
        'approval.step-approved',
        'approval.approved',
        'energy-supervisor.approved',
      ]);
    });

    it('a rejection in any box ends the registration: rejected, not in the register; the person may be registered again, and a registration may be withdrawn', async () => {
      // A team leader registers one of the team's workers.
      const res = await as['team.leader'].post('/energy-supervisors', supervisor({ name: '李明', gender: 'male', mobile: '13800000001' }));
      expect(res.status).toBe(201);
      const { id, workflowId } = res.body;
      await decide('ent.cadre', workflowId, 'ent-a1#1', 'approve', '同意');
      await decide('ent.manager', workflowId, 'ent-a1#2', 'reject', '本人岗位调整，暂不推荐');
      await waitFor('the registration to be rejected', async () => (await as['team.leader'].get(`/energy-supervisors/${id}`)).body.status === 'rejected');
      const register = (await as['county.cadre'].get('/energy-supervisors?orgUnitId=county-a')).body;
      expect(register.items.map((i: Json) => i.form.name)).toEqual(['张丽']);
      const rejectedOnes = (await as['county.cadre'].get('/energy-supervisors?orgUnitId=county-a&status=rejected')).body;
      expect(rejectedOnes.items.map((i: Json) => [i.id, i.form.name])).toEqual([[id, '李明']]);
      expect(await auditActionsOf(id)).toEqual(['energy-supervisor.submitted', 'approval.submitted', 'approval.step-approved', 'approval.rejected', 'energy-supervisor.rejected']);
      const rejected = (await city.auditRows()).find((r) => r.entity_id === id && r.action === 'energy-supervisor.rejected');
      expect(rejected).toMatchObject({ actor_id: ids['ent.manager'], reason: '本人岗位调整，暂不推荐' });

      // Rejected, the person may be registered again; this time by the union cadre above, straight at the enterprise.
      const second = await as['town.cadre'].post('/energy-supervisors', supervisor({ unitId: 'ent-a1', name: '李明', gender: 'male', mobile: '13800000001' }));
      expect(second.status).toBe(409);
      // …which the township's only cadre cannot: nobody else could fill the township box.
      expect(second.body.message).toMatch(/^nobody can decide at town-a1/);
      const byTeamLeader = await as['team.leader'].post('/energy-supervisors', supervisor({ name: '李明', gender: 'male', mobile: '13800000001' }));
      expect(byTeamLeader.status).toBe(201);

      // Withdrawn by whoever submitted it, the registration ends withdrawn.
      const { id: thirdId, workflowId: thirdWorkflow } = byTeamLeader.body;
      await waitFor('the chain to start', async () => (await as['ent.cadre'].get('/approvals/inbox')).body.items.some((i: Json) => i.workflowId === thirdWorkflow));
      const withdrawn = await as['team.leader'].post(`/approvals/${thirdWorkflow}/withdraw`, { decisionId: randomUUID(), text: '本人调离本单位' });
      expect(withdrawn.status).toBe(200);
      await waitFor('the registration to be withdrawn', async () => (await as['team.leader'].get(`/energy-supervisors/${thirdId}`)).body.status === 'withdrawn');
      expect(await auditActionsOf(thirdId)).toEqual(['energy-supervisor.submitted', 'approval.submitted', 'approval.withdrawn', 'energy-supervisor.withdrawn']);
      expect((await as['county.cadre'].get('/energy-supervisors?orgUnitId=county-a')).body.total).toBe(1);
    });

    it('refuses units outside the caller, and shows a registration only to its owner and the units above it', async () => {
      const notOwnUnit = await as['worker'].post('/energy-supervisors', supervisor({ unitId: 'team-a1b', mobile: '13800000002' }));
      expect([notOwnUnit.status, notOwnUnit.body.message]).toEqual([403, 'a worker registers themselves at their own unit team-a1a, not at team-a1b']);
      const otherTown = await as['town2.cadre'].post('/energy-supervisors', supervisor({ unitId: 'ent-a1', mobile: '13800000003' }));
      expect(otherTown.status).toBe(403);
      expect(otherTown.body.message).toMatch(/your unit town-a2 is not above or equal to the target unit ent-a1/);
      expect((await as['ent.manager'].post('/energy-supervisors', supervisor({ mobile: '13800000004' }))).status).toBe(403);
      // What a unit outside the caller's subtree is (a township, not a team) is not told: 403 first.
      const otherTownsUnit = await as['town2.cadre'].post('/energy-supervisors', supervisor({ unitId: 'town-a1', mobile: '13800000005' }));
      expect(otherTownsUnit.status).toBe(403);

      const [approved] = (await as['county.cadre'].get('/energy-supervisors?orgUnitId=county-a')).body.items;
      expect((await as['countyb.cadre'].get(`/energy-supervisors/${approved.id}`)).status).toBe(403);
      expect((await as['ent2.cadre'].get(`/energy-supervisors/${approved.id}`)).status).toBe(403);
      expect((await as['ent.cadre'].get(`/energy-supervisors/${approved.id}`)).status).toBe(200);
      // A worker reads their own registration, not the register.
      expect((await as['worker'].get('/energy-supervisors')).status).toBe(403);
      expect((await as['town2.cadre'].get('/energy-supervisors?orgUnitId=town-a1')).status).toBe(403);
      expect((await as['county.cadre'].get(`/energy-supervisors/${randomUUID()}`)).status).toBe(404);
      expect((await as['county.cadre'].get('/energy-supervisors/not-a-uuid')).body.message).toBe('id must be a UUID');
    });
  });

  describe('technical-service requests (attachment 5)', () => {
    const serviceRequest = (overrides: Json = {}) => ({
      enterpriseUnitId: 'ent-a1',
      unionChairman: '王建国',
      contact: '0572-6012345 / 微信 wjg_union',
      enterpriseAddress: '示范市东城区兴华路 88 号',
      service: { project: '空压机组变频节能改造', content: '改造方案论证与现场技术指导', specialtyOrTrade: '电气自动化' },
      trainingNeeds: [
        { trade: '维修电工', headcount: 12 },
        { trade: '钳工', headcount: 5 },
      ],
      ...overrides,
    });
    const delivery = () => ({ what: '服务队 3 人现场指导变频改造，培训维修电工 12 人、钳工 5 人', deliveredBy: '县总工会职工技术服务队 张工、李工', deliveredOn: dayInChina(new Date()) });
    const rating = { score: 5, comment: '服务及时，节电效果明显' };

    it('refuses bad input naming every field, and keeps nothing', async () => {
      const bad = await as['ent.cadre'].post(
        '/technical-service-requests',
        serviceRequest({ contact: '', service: { project: '', content: '指导' }, trainingNeeds: [{ trade: '维修电工', headcount: 0 }] }),
      );
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(
        expect.arrayContaining([
          'contact is required: a phone number, QQ or WeChat',
          'service.project is required',
          'service.specialtyOrTrade is required',
          'trainingNeeds.0.headcount must be at least 1',
        ]),
      );
      const repeated = await as['ent.cadre'].post(
        '/technical-service-requests',
        serviceRequest({ trainingNeeds: [{ trade: '钳工', headcount: 2 }, { trade: '钳工', headcount: 3 }] }),
      );
      expect([repeated.status, repeated.body.message]).toEqual([400, ['trainingNeeds.1.trade (钳工) repeats trainingNeeds.0.trade: give each trade once, with its whole headcount']]);
      const team = await as['ent.cadre'].post('/technical-service-requests', serviceRequest({ enterpriseUnitId: 'team-a1a' }));
      expect(team.status).toBe(400);
      expect(team.body.message).toBe('enterpriseUnitId: team-a1a is a team (班组), not an enterprise (企业工会)');
      // Another enterprise's team is refused for scope before its kind is told.
      expect((await as['ent.cadre'].post('/technical-service-requests', serviceRequest({ enterpriseUnitId: 'team-b1a' }))).status).toBe(403);
      expect((await city.sql(`SELECT count(*)::int AS n FROM registration.technical_service_requests`))[0].n).toBe(0);
    });

    it('goes requested → accepted → delivered → rated, each step in its turn and audited, out-of-order steps refused with the reason', async () => {
      const res = await as['ent.cadre'].post('/technical-service-requests', serviceRequest());
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'requested', steps: [{ stepId: 'town-a1', title: '乡镇（街道、园区）（总）工会，县直属产业（行业）工会（工委）意见' }] });
      const { id, workflowId } = res.body;

      const early = await as['county.cadre'].post(`/technical-service-requests/${id}/delivery`, delivery());
      expect([early.status, early.body.message]).toEqual([
        409,
        `technical-service request ${id} still waits for the township (industry) union's opinion: a service is delivered only once the request is accepted`,
      ]);
      const unratable = await as['ent.cadre'].post(`/technical-service-requests/${id}/rating`, rating);
      expect([unratable.status, unratable.body.message]).toEqual([
        409,
        `technical-service request ${id} is requested and not yet delivered: the enterprise rates a service once it has been delivered`,
      ]);

      await decide('town.cadre', workflowId, 'town-a1', 'approve', '同意，请县职工技术服务队安排');
      await waitFor('the request to be accepted', async () => (await as['ent.cadre'].get(`/technical-service-requests/${id}`)).body.status === 'accepted');
      expect((await as['ent.cadre'].get(`/technical-service-requests/${id}`)).body).toMatchObject({
        townshipOpinion: '同意，请县职工技术服务队安排',
        delivery: null,
        rating: null,
      });
      const stillUnratable = await as['ent.cadre'].post(`/technical-service-requests/${id}/rating`, rating);
      expect([stillUnratable.status, stillUnratable.body.message]).toEqual([
        409,
        `technical-service request ${id} is accepted and not yet delivered: the enterprise rates a service once it has been delivered`,
      ]);
      const future = await as['county.cadre'].post(`/technical-service-requests/${id}/delivery`, { ...delivery(), deliveredOn: '2099-01-01' });
      expect([future.status, future.body.message]).toEqual([400, 'deliveredOn (2099-01-01) cannot be in the future']);
      const incomplete = await as['county.cadre'].post(`/technical-service-requests/${id}/delivery`, { what: '', deliveredOn: '2026-02-30' });
      expect(incomplete.status).toBe(400);
      expect(incomplete.body.message).toEqual(
        expect.arrayContaining(['what is required: say what was delivered', 'deliveredBy is required: say who delivered it', 'deliveredOn must be a calendar date written YYYY-MM-DD']),
      );

      const delivered = await as['county.cadre'].post(`/technical-service-requests/${id}/delivery`, delivery());
      expect(delivered.status).toBe(200);
      expect(delivered.body).toMatchObject({ status: 'delivered', delivery: { ...delivery(), recordedBy: ids['county.cadre'] } });
      const twice = await as['town.cadre'].post(`/technical-service-requests/${id}/delivery`, delivery());
      expect([twice.status, twice.body.message]).toEqual([409, `technical-service request ${id} is already delivered: its delivery is recorded once`]);

      const badScore = await as['ent.cadre'].post(`/technical-service-requests/${id}/rating`, { score: 6, comment: '' });
      expect(badScore.status).toBe(400);
      expect(badScore.body.message).toEqual(
        expect.arrayContaining(['score must be a whole number from 1 to 5', 'comment is required: say how the service and its people served the enterprise']),
      );
      const rated = await as['ent.cadre'].post(`/technical-service-requests/${id}/rating`, rating);
      expect(rated.status).toBe(200);
      expect(rated.body).toMatchObject({ status: 'rated', rating: { ...rating, ratedBy: ids['ent.cadre'] } });
      const rateAgain = await as['ent.cadre'].post(`/technical-service-requests/${id}/rating`, { score: 1, comment: '改评' });
      expect([rateAgain.status, rateAgain.body.message]).toEqual([409, `technical-service request ${id} is already rated: the enterprise rates a service once`]);
      const deliverAfterRating = await as['county.cadre'].post(`/technical-service-requests/${id}/delivery`, delivery());
      expect([deliverAfterRating.status, deliverAfterRating.body.message]).toEqual([409, `technical-service request ${id} is already rated: its delivery is recorded once`]);

      const stored = (await as['town.cadre'].get(`/technical-service-requests/${id}`)).body;
      expect(stored).toMatchObject({
        enterprise: { id: 'ent-a1', name: '单位 ent-a1' },
        form: (({ enterpriseUnitId: _, ...form }) => form)(serviceRequest()),
        status: 'rated',
        requestedBy: ids['ent.cadre'],
        townshipOpinion: '同意，请县职工技术服务队安排',
      });
      const listed = (await as['county.cadre'].get('/technical-service-requests?status=rated')).body;
      expect(listed.items.map((i: Json) => i.id)).toEqual([id]);

      const audited = (await city.auditRows()).filter((r) => r.entity_id === id);
      expect(audited.map((r) => [r.action, r.actor_id])).toEqual([
        ['technical-service-request.requested', ids['ent.cadre']],
        ['approval.submitted', ids['ent.cadre']],
        ['approval.approved', ids['town.cadre']],
        ['technical-service-request.accepted', ids['town.cadre']],
        ['technical-service-request.delivered', ids['county.cadre']],
        ['technical-service-request.rated', ids['ent.cadre']],
      ]);
    });

    it('a declined request takes no delivery and no rating', async () => {
      const res = await as['ent.cadre'].post('/technical-service-requests', serviceRequest({ trainingNeeds: [] }));
      expect(res.status).toBe(201);
      const { id, workflowId } = res.body;
      await decide('town.cadre', workflowId, 'town-a1', 'reject', '本年度服务队计划已满，请明年再报');
      await waitFor('the request to be declined', async () => (await as['ent.cadre'].get(`/technical-service-requests/${id}`)).body.status === 'declined');
      expect((await as['ent.cadre'].get(`/technical-service-requests/${id}`)).body.townshipOpinion).toBe('本年度服务队计划已满，请明年再报');
      const deliver = await as['county.cadre'].post(`/technical-service-requests/${id}/delivery`, delivery());
      expect([deliver.status, deliver.body.message]).toEqual([409, `technical-service request ${id} was declined by the township (industry) union: it takes no delivery`]);
      const rate = await as['ent.cadre'].post(`/technical-service-requests/${id}/rating`, rating);
      expect([rate.status, rate.body.message]).toEqual([409, `technical-service request ${id} was declined by the township (industry) union: it takes no rating`]);
      expect(await auditActionsOf(id)).toEqual(['technical-service-request.requested', 'approval.submitted', 'approval.rejected', 'technical-service-request.declined']);
    });

    it('refuses callers outside the enterprise’s line (403), and the wrong roles', async () => {
      expect((await as['ent2.cadre'].post('/technical-service-requests', serviceRequest())).status).toBe(403);
      expect((await as['worker'].post('/technical-service-requests', serviceRequest())).status).toBe(403);
      expect((await as['town.cadre'].post('/technical-service-requests', serviceRequest())).status).toBe(403);

      const { id, workflowId } = (await as['ent.cadre'].post('/technical-service-requests', serviceRequest())).body;
      await decide('town.cadre', workflowId, 'town-a1', 'approve', '同意');
      await waitFor('the request to be accepted', async () => (await as['ent.cadre'].get(`/technical-service-requests/${id}`)).body.status === 'accepted');

      const otherTown = await as['town2.cadre'].post(`/technical-service-requests/${id}/delivery`, delivery());
      expect(otherTown.status).toBe(403);
      expect(otherTown.body.message).toMatch(/your unit town-a2 is not above or equal to the target unit ent-a1/);
      expect((await as['countyb.cadre'].post(`/technical-service-requests/${id}/delivery`, delivery())).status).toBe(403);
      // The enterprise does not record its own delivery.
      expect((await as['ent.cadre'].post(`/technical-service-requests/${id}/delivery`, delivery())).status).toBe(403);
      expect((await as['town.cadre'].post(`/technical-service-requests/${id}/delivery`, delivery())).status).toBe(200);
      // Another enterprise does not rate it, nor does the township.
      expect((await as['ent2.cadre'].post(`/technical-service-requests/${id}/rating`, rating)).status).toBe(403);
      expect((await as['town.cadre'].post(`/technical-service-requests/${id}/rating`, rating)).status).toBe(403);
      expect((await as['ent2.cadre'].get(`/technical-service-requests/${id}`)).status).toBe(403);
      expect((await as['town2.cadre'].get('/technical-service-requests?orgUnitId=town-a1')).status).toBe(403);
      expect((await as['county.cadre'].post(`/technical-service-requests/${randomUUID()}/delivery`, delivery())).status).toBe(404);
      expect((await as['ent.cadre'].get(`/technical-service-requests/${id}`)).body.status).toBe('delivered');
    });
  });
});
