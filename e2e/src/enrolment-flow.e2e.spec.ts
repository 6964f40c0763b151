import { completeOrganisationCode, makeCreditCode } from '@lc/org';
import {
  apiClient,
  createTestDatabase,
  deleteTestTopics,
  installRoot,
  Json,
  registrationEnv,
  RunningService,
  serviceEnv,
  startService,
  uniqueName,
  waitFor,
} from '@lc/testing';

/**
 * Enrolment across services: a unit enrols in registration; assessment (which will open its sheet)
 * and awards (which will know its participants) learn of it from enrolment and competition events
 * on Kafka, each in its own read model, and of its withdrawal too.
 */
describe('an enrolment reaching assessment and awards', () => {
  let database: { url: string; drop: () => Promise<void> };
  let registration: RunningService;
  let assessment: RunningService;
  let awards: RunningService;
  let root: ReturnType<typeof apiClient>;
  let rootToken: string;
  const prefix = `${uniqueName('e2e')}.`;

  beforeAll(async () => {
    database = await createTestDatabase('e2eenrol');
    const env = { databaseUrl: database.url, prefix };
    [registration, assessment, awards] = await Promise.all([
      startService('registration', registrationEnv(env)),
      startService('assessment', serviceEnv(env)),
      startService('awards', serviceEnv(env)),
    ]);
    await installRoot(registrationEnv(env), {
      ROOT_UNIT_ID: 'city',
      ROOT_UNIT_NAME: '示范市总工会',
      ADMIN_USERNAME: 'city.cadre',
      ADMIN_DISPLAY_NAME: '市总干部',
      ADMIN_PASSWORD: 'Enrol2026pass',
    });
    const login = await apiClient(registration.url).post('/auth/login', { username: 'city.cadre', password: 'Enrol2026pass' });
    rootToken = login.body.accessToken;
    root = apiClient(registration.url, rootToken);
    const units: Json[] = [
      { id: 'county-a', name: '东城区总工会', kind: 'county_federation', parentId: 'city' },
      { id: 'town-a1', name: '兴华街道总工会', kind: 'township_union', parentId: 'county-a' },
      {
        id: 'ent-a1',
        name: '恒通精密机械有限公司',
        kind: 'enterprise_union',
        parentId: 'town-a1',
        enterprise: { creditCode: makeCreditCode(`91370100${completeOrganisationCode('00000071')}`), ownership: 'non_public', aboveScale: true, headcount: 300 },
      },
      { id: 'team-a1', name: '数控加工班', kind: 'team', parentId: 'ent-a1' },
    ];
    for (const unit of units) expect((await root.post('/org-units', unit)).status).toBe(201);
  });

  afterAll(async () => {
    await Promise.all([registration?.stop(), assessment?.stop(), awards?.stop()]);
    await database?.drop();
    await deleteTestTopics(prefix);
  });

  it('is seen by both services, with the participants, and so is its withdrawal', async () => {
    const competition = await root.post('/competitions', { name: '2026年全市职工劳动竞赛', organiserOrgUnitId: 'city', startDate: '2026-03-01', endDate: '2026-12-31' });
    const id = competition.body.id;
    expect((await root.post(`/competitions/${id}/filing`)).status).toBe(201);
    expect((await root.post(`/competitions/${id}/lifecycle`, { action: 'open' })).body.status).toBe('open');
    const enterprise = await root.post(`/competitions/${id}/enrolments`, { unitId: 'ent-a1', participants: 120, contactName: '张敏', contactPhone: '13800000001' });
    const team = await root.post(`/competitions/${id}/enrolments`, { unitId: 'team-a1', participants: 12, contactName: '王建军', contactPhone: '13800000002' });
    expect([enterprise.status, team.status]).toEqual([201, 201]);

    // The token registration issued, accepted by the other services with the public key alone.
    const assessmentApi = apiClient(assessment.url, rootToken);
    const awardsApi = apiClient(awards.url, rootToken);
    const enrolled = await waitFor('assessment to know both units', async () => {
      const res = await assessmentApi.get(`/competitions/${id}/enrolled-units`);
      return res.status === 200 && res.body.units.length === 2 && res.body.competitionStatus === 'open' ? res.body : undefined;
    });
    expect(enrolled.units.map((u: Json) => [u.unitId, u.enterpriseUnitId, u.unitKind, u.participants])).toEqual([
      ['ent-a1', 'ent-a1', 'enterprise_union', 120],
      ['team-a1', 'ent-a1', 'team', 12],
    ]);
    const known = await waitFor('awards to know the participants', async () => {
      const res = await awardsApi.get(`/competitions/${id}`);
      return res.status === 200 && res.body.enrolledUnits === 2 ? res.body : undefined;
    });
    expect(known).toMatchObject({ status: 'open', participants: 132 });

    expect((await root.post(`/competitions/${id}/enrolments/${team.body.id}/withdraw`, { reason: '班组调整' })).status).toBe(200);
    await waitFor('assessment to drop the withdrawn team', async () => (await assessmentApi.get(`/competitions/${id}/enrolled-units`)).body.units.length === 1);
    await waitFor('awards to drop it too', async () => (await awardsApi.get(`/competitions/${id}`)).body.participants === 120);
  });

});
