import { randomUUID } from 'node:crypto';
import { apiClient, Json, startTestCity, TestCity, TestPerson, waitFor } from '@lc/testing';
import { supervisorForm } from './supervisor-form.fixture';

/**
 * Scope through the public API of the four built services on a test city of its own: a target id must
 * exist and lie in the caller's scope (honour settings), approval state follows the item's read rule
 * with one answer for "no such item" and "not yours to see", a moved enterprise's records follow it to
 * its new township in every service, and nominations from hazard reporting stay with the union line.
 */

describe('scope of ids, approvals, moves and hazard nominations', () => {
  let city: TestCity;
  const api = (url: string | undefined, token: string) => apiClient(url as string, token);
  const reg = (t: string) => api(city.registration.url, t);
  const awards = (t: string) => api(city.awards?.url, t);
  const assessment = (t: string) => api(city.assessment?.url, t);
  const hazards = (t: string) => api(city.hazardReward?.url, t);
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
  const everywhere = { knownIn: ['awards', 'assessment', 'hazard_reward'] };
  let cityCadre: TestPerson;
  let countyA: TestPerson;
  let countyB: TestPerson;

  beforeAll(async () => {
    city = await startTestCity({ withAwards: true, withAssessment: true, withHazardReward: true });
    [cityCadre, countyA, countyB] = await Promise.all([
      city.person('city_union_cadre', 'city', everywhere),
      city.person('county_union_cadre', 'county-a', everywhere),
      city.person('county_union_cadre', 'county-b', everywhere),
    ]);
  }, 240_000);

  afterAll(() => city?.stop());

  it('refuses a competition or skills contest honour outside the organiser\'s subtree (403) and an unknown id (404)', async () => {
    const competition = await reg(cityCadre.token).post('/competitions', { name: '西区劳动竞赛', organiserOrgUnitId: 'county-b', startDate: '2026-03-01', endDate: '2026-11-30' });
    expect(competition.status).toBe(201);
    const id = competition.body.id;
    await waitFor('awards to know the competition', async () => (await awards(cityCadre.token).get(`/competitions/${id}`)).status === 200);
    const body = { honourCode: 'competition-advanced-unit', conferringUnitId: 'county-a' };
    const fromOtherCounty = await awards(countyA.token).put(`/competitions/${id}/honour`, body);
    expect([fromOtherCounty.status, fromOtherCounty.body.message]).toEqual([403, expect.stringContaining('county-b')]);
    const unknown = await awards(countyA.token).put(`/competitions/${randomUUID()}/honour`, body);
    expect([unknown.status, unknown.body.message]).toEqual([404, expect.stringMatching(/^id: competition .* is not known to awards$/)]);
    expect((await awards(countyB.token).put(`/competitions/${id}/honour`, { honourCode: 'competition-advanced-unit', conferringUnitId: 'county-b' })).status).toBe(200);

    const contest = await assessment(countyB.token).post('/skills-contests', {
      name: '西区焊工比武',
      trade: '焊工',
      organiserUnitId: 'county-b',
      scheme: [{ key: 'practice', name: '实际操作', maxPoints: 100 }],
    });
    expect(contest.status).toBe(201);
    const contestBody = { honourCode: 'competition-advanced-individual', conferringUnitId: 'county-a', topRanks: 3 };
    await waitFor('awards to know the contest', async () => (await awards(countyB.token).put(`/skills-contests/${contest.body.id}/honour`, { ...contestBody, conferringUnitId: 'county-b' })).status === 200);
    const contestFromOtherCounty = await awards(countyA.token).put(`/skills-contests/${contest.body.id}/honour`, contestBody);
    expect(contestFromOtherCounty.status).toBe(403);
    const unknownContest = await awards(countyA.token).put(`/skills-contests/${randomUUID()}/honour`, contestBody);
    expect([unknownContest.status, unknownContest.body.message]).toEqual([404, expect.stringMatching(/^id: skills contest .* is not known to awards$/)]);
  });

  it('answers an approval the caller may not read exactly as an unknown one (404), for reading and deciding', async () => {
    const [entCadre, worker, townCadre] = await Promise.all([
      city.person('enterprise_union_cadre', 'ent-b1'),
      city.person('worker', 'ent-b1'),
      city.person('township_union_cadre', 'town-b1'),
      city.person('county_committee_office', 'county-b'),
    ]);
    const competition = await reg(entCadre.token).post('/competitions', { name: '企业岗位练兵', organiserOrgUnitId: 'ent-b1', startDate: '2026-03-01', endDate: '2026-11-30' });
    expect(competition.status).toBe(201);
    const filing = await reg(entCadre.token).post(`/competitions/${competition.body.id}/filing`);
    expect(filing.status).toBe(201);
    const { workflowId } = filing.body;
    await waitFor('the chain to be recorded', async () => (await reg(entCadre.token).get(`/approvals/${workflowId}`)).status === 200);
    expect((await reg(townCadre.token).get(`/approvals/${workflowId}`)).status).toBe(200);

    const unknownId = `approval-plan-filing-${randomUUID()}`;
    const shape = (id: string) => `workflowId: there is no approval item '${id}' that you may see`;
    for (const caller of [countyA, worker]) {
      const unknown = await reg(caller.token).get(`/approvals/${unknownId}`);
      const hidden = await reg(caller.token).get(`/approvals/${workflowId}`);
      expect([hidden.status, hidden.body.message]).toEqual([404, shape(workflowId)]);
      expect([unknown.status, unknown.body.message]).toEqual([404, shape(unknownId)]);
      const decision = { decisionId: randomUUID(), stepId: 'town-b1', outcome: 'approve', opinion: '同意' };
      const decided = await reg(caller.token).post(`/approvals/${workflowId}/decisions`, decision);
      const decidedUnknown = await reg(caller.token).post(`/approvals/${unknownId}/decisions`, decision);
      expect([decided.status, decided.body.message]).toEqual([404, shape(workflowId)]);
      expect([decidedUnknown.status, decidedUnknown.body.message]).toEqual([404, shape(unknownId)]);
    }
  });

  it('moves an enterprise\'s reports, contests, nominations and approvals with it: the old township is refused, the new one reads them', async () => {
    const [townA1, townA2, reporter, entA2Cadre] = await Promise.all([
      city.person('township_union_cadre', 'town-a1', everywhere),
      city.person('township_union_cadre', 'town-a2', everywhere),
      city.person('worker', 'ent-a2', everywhere),
      city.person('enterprise_union_cadre', 'ent-a2'),
      city.person('enterprise_management', 'ent-a2'),
    ]);
    // A registration approval item submitted at ent-a2 (a worker registering as a supervisor), still
    // waiting for the enterprise union's box: the townships are not involved in it yet, so only the stored
    // submitting unit's path decides who reads it.
    const supervisor = await reg(reporter.token).post('/energy-supervisors', { unitId: 'ent-a2', ...supervisorForm('13900000021') });
    expect(supervisor.status).toBe(201);
    const approval = `/approvals/${supervisor.body.workflowId}`;
    await waitFor('the supervisor chain to be recorded', async () => (await reg(entA2Cadre.token).get(approval)).status === 200);
    expect((await reg(townA1.token).get(approval)).status).toBe(200);
    expect((await reg(townA2.token).get(approval)).status).toBe(404);
    const report = await hazards(reporter.token).post('/hazard-reports', { enterpriseUnitId: 'ent-a2', location: '仓库', category: 'accident', description: '消防通道堵塞' });
    expect(report.status).toBe(201);
    const contest = await assessment(cityCadre.token).post('/skills-contests', {
      name: '企业电工比武',
      trade: '电工',
      organiserUnitId: 'ent-a2',
      scheme: [{ key: 'practice', name: '实际操作', maxPoints: 100 }],
    });
    expect(contest.status).toBe(201);
    const nomination = await awards(cityCadre.token).post('/nominations', { honourCode: 'may-day-award', conferringUnitId: 'city', year, nomineeId: 'ent-a2' });
    expect(nomination.status).toBe(201);
    const items: [string, (t: string) => ReturnType<typeof apiClient>, string][] = [
      ['hazard-reward', hazards, `/hazard-reports/${report.body.id}`],
      ['assessment', assessment, `/skills-contests/${contest.body.id}`],
      ['awards', awards, `/nominations/${nomination.body.id}`],
    ];
    for (const [, client, path] of items) {
      expect((await client(townA1.token).get(path)).status).toBe(200);
      expect((await client(townA2.token).get(path)).status).toBe(403);
    }

    expect((await reg(city.rootToken).post('/org-units/ent-a2/move', { newParentId: 'town-a2', reason: '区划调整' })).status).toBe(200);
    for (const [service, client, path] of items) {
      await waitFor(`${service} to give ${path} to the new township`, async () => (await client(townA2.token).get(path)).status === 200, { timeoutMs: 60_000 });
      expect((await client(townA1.token).get(path)).status).toBe(403);
    }
    // Registration moves the tree itself: its approval items follow in the move's own transaction.
    expect((await reg(townA2.token).get(approval)).status).toBe(200);
    expect((await reg(townA1.token).get(approval)).status).toBe(404);
    // Lists follow too: the new township's subtree holds the report, the old one's does not.
    expect((await hazards(townA2.token).get('/hazard-reports?unitId=town-a2')).body.items.map((r: Json) => r.id)).toContain(report.body.id);
    expect((await hazards(townA1.token).get('/hazard-reports?unitId=town-a1')).body.items.map((r: Json) => r.id)).not.toContain(report.body.id);
  });

  it('keeps nominations from hazard reporting, and their approval, from enterprise management while union cadres see them', async () => {
    const [reporter, management, entCadre] = await Promise.all([
      city.person('worker', 'team-a1a', { name: '隐患举报人', knownIn: ['awards'] }),
      city.person('enterprise_management', 'ent-a1', { knownIn: ['awards'] }),
      city.person('enterprise_union_cadre', 'ent-a1', { knownIn: ['awards'] }),
      city.person('township_union_cadre', 'town-a1', { knownIn: ['awards'] }),
    ]);
    expect((await awards(cityCadre.token).put(`/honour-quotas/ankang-advanced-individual/city/${year}`, { quota: 5 })).status).toBe(200);
    const created = await awards(cityCadre.token).post('/nominations', {
      honourCode: 'ankang-advanced-individual',
      conferringUnitId: 'city',
      year,
      nomineeId: reporter.id,
      source: 'hazard',
      material: '全年举报事故隐患12条',
    });
    expect(created.status).toBe(201);
    const manual = await awards(cityCadre.token).post('/nominations', { honourCode: 'may-day-medal', conferringUnitId: 'city', year, nomineeId: reporter.id });
    const submitted = await awards(cityCadre.token).post(`/nominations/${created.body.id}/submission`);
    expect(submitted.status).toBe(200);
    const workflowId = submitted.body.approvalWorkflowId;

    const listed = async (p: TestPerson) => (await awards(p.token).get('/nominations?limit=100')).body.items.map((n: Json) => n.id);
    expect(await listed(entCadre)).toEqual(expect.arrayContaining([created.body.id, manual.body.id]));
    expect(await listed(management)).toContain(manual.body.id);
    expect(await listed(management)).not.toContain(created.body.id);

    const hidden = await awards(management.token).get(`/nominations/${created.body.id}`);
    const unknownId = randomUUID();
    const unknown = await awards(management.token).get(`/nominations/${unknownId}`);
    expect([hidden.status, hidden.body.message, unknown.status]).toEqual([404, `id: there is no nomination ${created.body.id}`, 404]);
    expect((await awards(entCadre.token).get(`/nominations/${created.body.id}`)).status).toBe(200);

    await waitFor('the nomination chain to be recorded', async () => (await awards(entCadre.token).get(`/approvals/${workflowId}`)).status === 200);
    const approval = await awards(management.token).get(`/approvals/${workflowId}`);
    expect([approval.status, approval.body.message]).toEqual([404, `workflowId: there is no approval item '${workflowId}' that you may see`]);
  });
});
