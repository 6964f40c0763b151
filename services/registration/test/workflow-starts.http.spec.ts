import { Client as TemporalClient } from '@temporalio/client';
import {
  apiClient,
  approveChain,
  Json,
  pendingWorkflowOutboxRowIds,
  pendingWorkflowStarts,
  restartAsIfDeliveriesUnrecorded,
  restartWithWorkflowStartsHeld,
  RunningService,
  StartsHeld,
  startTestCity,
  TestCity,
  TestPerson,
  testTemporalClient,
  waitFor,
  waitForInboxItem,
  waitForWorkflowOutboxDone,
  withCommitRefused,
  workflowOutboxRows,
  workflowRuns,
  workflowStarted,
  workflowStatus,
} from '@lc/testing';
import { approvalChainWorkflowId } from '@lc/workflows';
import { validForm } from './fixtures/pioneer-team-form.fixture';
import { validSupervisorForm } from './fixtures/supervisor-form.fixture';

const SCHEMA = 'registration';
const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

/**
 * Every workflow registration starts because of a change (the approval chains of plan filing,
 * 工人先锋号 applications, energy supervisors and technical-service requests) is recorded in the change's transaction and started after commit by the workflow outbox
 * relay. Here the service dies between the two: it runs with its starts held (as if each instance had
 * died right after committing), is killed with SIGKILL, and comes back.
 */
describe('workflow starts in registration across a crash between commit and start', () => {
  let city: TestCity;
  let temporal: { client: TemporalClient; close: () => Promise<void> };
  /** The instance of registration running now (each restart is a new process on the same port). */
  let registration: RunningService;
  let held: StartsHeld | undefined;
  let cityCadre: TestPerson;
  let countyCadre: TestPerson;
  let countyOffice: TestPerson;
  let townCadre: TestPerson;
  let entCadre: TestPerson;
  let teamLeader: TestPerson;
  let worker: TestPerson;
  /** An open 工人先锋号 creation competition, for the application. */
  let creationCompetitionId: string;
  /** Township plans drafted before any crash: one to file while starts are held, one whose filing rolls back. */
  let planToFile: string;
  let planToRollBack: string;

  const as = (person: TestPerson) => apiClient(registration.url, person.token);
  const statusOf = async (table: string, id: string): Promise<string | undefined> =>
    (await city.sql<{ status: string }>(`SELECT status FROM ${SCHEMA}.${table} WHERE id = $1`, [id]))[0]?.status;

  const draftPlan = async (name: string): Promise<string> => {
    const res = await as(townCadre).post('/competitions', { name, organiserOrgUnitId: 'town-a1', startDate: `${year}-03-01`, endDate: `${year}-11-30` });
    expect(res.status).toBe(201);
    return res.body.id;
  };

  /** A county 工人先锋号 creation competition, filed with the city union and opened, so that teams may apply. */
  const openCreationCompetition = async (): Promise<string> => {
    const county = as(countyCadre);
    const created = await county.post('/competitions', { name: `${year}年东城区工人先锋号创建`, organiserOrgUnitId: 'county-a', startDate: `${year}-01-01`, endDate: `${year}-12-31`, kind: 'team_creation' });
    expect(created.status).toBe(201);
    const filing = await county.post(`/competitions/${created.body.id}/filing`);
    expect(filing.status).toBe(201);
    await approveChain(registration.url, filing.body.workflowId, [cityCadre]);
    await waitFor('the creation competition to be filed', async () => (await statusOf('competitions', created.body.id)) === 'filed');
    expect((await county.post(`/competitions/${created.body.id}/lifecycle`, { action: 'open' })).body.status).toBe('open');
    return created.body.id;
  };

  beforeAll(async () => {
    city = await startTestCity();
    registration = city.registration;
    temporal = await testTemporalClient();
    [cityCadre, countyCadre, countyOffice, townCadre, entCadre, teamLeader, worker] = await Promise.all([
      city.person('city_union_cadre', 'city'),
      city.person('county_union_cadre', 'county-a'),
      city.person('county_committee_office', 'county-a'),
      city.person('township_union_cadre', 'town-a1'),
      city.person('enterprise_union_cadre', 'ent-a1'),
      city.person('team_leader', 'team-a1a'),
      city.person('worker', 'team-a1a'),
      // The enterprise's management fills the second box of the application and the supervisor's form:
      // a chain with a box nobody can fill is refused at submission.
      city.person('enterprise_management', 'ent-a1'),
    ]);
    creationCompetitionId = await openCreationCompetition();
    planToFile = await draftPlan('兴华街道职工技能竞赛');
    planToRollBack = await draftPlan('兴华街道安康杯竞赛');
    // Whatever was started so far is started: from here on, what is pending is what the held instance recorded.
    await waitForWorkflowOutboxDone(city.sql, SCHEMA);
  });

  // A test that failed while starts were held lets them go, so that the next one does not fail for it.
  afterEach(() => held?.release());

  afterAll(async () => {
    // city.stop() stops the instance it started; a restarted one is stopped here.
    await registration?.stop();
    await temporal?.close();
    await city?.stop();
  });

  it('starts every approval chain whose change committed before the service died, and none twice', async () => {
    held = await restartWithWorkflowStartsHeld(registration, city.databaseUrl, SCHEMA);
    registration = held.service;

    // Each kind of item, by the person who does it; each change commits, its start only recorded.
    const filing = await as(townCadre).post(`/competitions/${planToFile}/filing`);
    expect(filing.status).toBe(201);
    const application = await as(teamLeader).post('/pioneer-team-applications', { competitionId: creationCompetitionId, teamUnitId: 'team-a1a', ...validForm() });
    expect(application.status).toBe(201);
    const supervisor = await as(worker).post('/energy-supervisors', { unitId: 'team-a1a', ...validSupervisorForm() });
    expect(supervisor.status).toBe(201);
    const serviceRequest = await as(entCadre).post('/technical-service-requests', technicalServiceRequest());
    expect(serviceRequest.status).toBe(201);

    const chains = {
      filing: approvalChainWorkflowId('plan-filing', planToFile),
      application: approvalChainWorkflowId('pioneer-team', application.body.id),
      supervisor: approvalChainWorkflowId('energy-supervisor', supervisor.body.id),
      serviceRequest: approvalChainWorkflowId('technical-service-request', serviceRequest.body.id),
    };
    expect([filing.body.workflowId, application.body.workflowId, supervisor.body.workflowId, serviceRequest.body.workflowId]).toEqual(Object.values(chains));
    const workflowIds = Object.values(chains);

    // Committed…
    expect(await statusOf('competitions', planToFile)).toBe('filing');
    expect(await statusOf('pioneer_team_applications', application.body.id)).toBe('submitted');
    expect(await statusOf('energy_supervisors', supervisor.body.id)).toBe('submitted');
    expect(await statusOf('technical_service_requests', serviceRequest.body.id)).toBe('requested');
    // …each with its start recorded, in the order the changes committed, and nothing in Temporal.
    expect(await pendingWorkflowStarts(city.sql, SCHEMA)).toEqual(workflowIds.map((workflow_id) => ({ workflow_id, action: 'start' })));
    for (const workflowId of workflowIds) expect(await workflowStatus(temporal.client, workflowId)).toBeNull();
    const heldRows = await pendingWorkflowOutboxRowIds(city.sql, SCHEMA);

    // The crash between commit and start; the instance that comes back starts what was recorded.
    registration = await held.crashAndRelease();
    for (const workflowId of Object.values(chains)) expect(await workflowStarted(temporal.client, workflowId)).toBe('RUNNING');
    // Each chain waits at its first box, in the inbox of whoever fills it.
    await waitForInboxItem(registration.url, countyOffice, chains.filing, 'county-a');
    await waitForInboxItem(registration.url, entCadre, chains.application, 'ent-a1#1');
    await waitForInboxItem(registration.url, entCadre, chains.supervisor, 'ent-a1#1');
    await waitForInboxItem(registration.url, townCadre, chains.serviceRequest, 'town-a1');
    await waitForWorkflowOutboxDone(city.sql, SCHEMA);
    for (const workflowId of workflowIds) expect(await workflowOutboxRows(city.sql, SCHEMA, workflowId)).toEqual([{ action: 'start', done: true }]);
    // The township accepts the service request, and its chain ends. An item may be submitted again once
    // its chain has ended, so Temporal would take a second start of that id: only the relay can tell
    // that it started this one already.
    await approveChain(registration.url, chains.serviceRequest, [townCadre]);
    await waitFor('the service request to be accepted', async () => (await statusOf('technical_service_requests', serviceRequest.body.id)) === 'accepted');
    expect(await workflowStatus(temporal.client, chains.serviceRequest)).toBe('COMPLETED');
    const runs = await workflowRuns(temporal.client, workflowIds);
    for (const workflowId of workflowIds) expect(runs[workflowId]).toHaveLength(1);

    // Another crash, at the one moment a start can be delivered twice: Temporal took them, the relay
    // had not yet marked them done. They are delivered again, and nothing starts a second time.
    registration = await restartAsIfDeliveriesUnrecorded(registration, city.sql, SCHEMA, heldRows);
    await waitForWorkflowOutboxDone(city.sql, SCHEMA);
    expect(await workflowRuns(temporal.client, workflowIds)).toEqual(runs);
    for (const workflowId of [chains.filing, chains.application, chains.supervisor]) expect(await workflowStatus(temporal.client, workflowId)).toBe('RUNNING');
    expect(await workflowStatus(temporal.client, chains.serviceRequest)).toBe('COMPLETED');
    expect(await statusOf('technical_service_requests', serviceRequest.body.id)).toBe('accepted');
  }, 300_000);

  it('starts no chain for a plan filing whose transaction rolled back after its start was recorded', async () => {
    const workflowId = approvalChainWorkflowId('plan-filing', planToRollBack);
    const { result: refused, commitsRefused } = await withCommitRefused(city.sql, SCHEMA, workflowId, () => as(townCadre).post(`/competitions/${planToRollBack}/filing`));
    // The filing reached its commit with the chain's start recorded, and was refused there.
    expect([refused.status, commitsRefused]).toEqual([500, 1]);
    expect(await statusOf('competitions', planToRollBack)).toBe('draft');
    expect(await workflowOutboxRows(city.sql, SCHEMA, workflowId)).toEqual([]);
    const audited = await city.sql(`SELECT action FROM ${SCHEMA}.audit_log WHERE entity_id = $1 ORDER BY id`, [planToRollBack]);
    expect(audited.map((a: Json) => a.action)).toEqual(['competition.created']);

    // The relay is at work: another change's start goes through, and a moment later still nothing of the filing.
    const other = await as(worker).post('/energy-supervisors', { unitId: 'team-a1a', ...validSupervisorForm('13912345670') });
    expect(other.status).toBe(201);
    await workflowStarted(temporal.client, approvalChainWorkflowId('energy-supervisor', other.body.id));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await workflowStatus(temporal.client, workflowId)).toBeNull();
    expect((await apiClient(registration.url, countyOffice.token).get('/approvals/inbox')).body.items.map((i: Json) => i.itemId)).not.toContain(planToRollBack);
  });

});

/** Attachment 5, filled in by the enterprise's union. */
function technicalServiceRequest() {
  return {
    enterpriseUnitId: 'ent-a1',
    unionChairman: '王建国',
    contact: '0572-6012345',
    enterpriseAddress: '示范市东城区兴华路 88 号',
    service: { project: '空压机组变频节能改造', content: '改造方案论证与现场技术指导', specialtyOrTrade: '电气自动化' },
    trainingNeeds: [{ trade: '维修电工', headcount: 12 }],
  };
}
