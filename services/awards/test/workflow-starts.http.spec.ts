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
  waitForReadModel,
  waitForWorkflowOutboxDone,
  withCommitRefused,
  workflowOutboxRows,
  workflowRuns,
  workflowStarted,
  workflowStatus,
} from '@lc/testing';
import { approvalChainWorkflowId, publicityPeriodWorkflowId } from '@lc/workflows';
import { NOMINATION_ITEM } from '../src/nominations/nomination-chain';

const SCHEMA = 'awards';
const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

/**
 * Every workflow awards starts because of a change (a submitted nomination's approval chain, and the
 * publicity period (公示) of a nomination approved at the last level, recorded by the chain's recording
 * activity in the Temporal worker) is recorded in the change's transaction and started after commit by
 * the workflow outbox relay. Here the service dies between the two: it runs with its starts held (as
 * if each instance had died right after committing), is killed with SIGKILL, and comes back.
 */
describe('workflow starts in awards across a crash between commit and start', () => {
  let city: TestCity;
  let temporal: { client: TemporalClient; close: () => Promise<void> };
  /** The instance of awards running now (each restart is a new process on the same port). */
  let awards: RunningService;
  let held: StartsHeld | undefined;
  let cityCadre: TestPerson;
  /** Whoever decides each box of a team's chain: ent-a1, town-a1, county-a, and a city cadre other than the one who submits. */
  let deciders: TestPerson[];
  let entCadre: TestPerson;

  const as = (person: TestPerson) => apiClient(awards.url, person.token);
  const nominationOf = async (id: string): Promise<Json> => (await city.sql(`SELECT * FROM ${SCHEMA}.nominations WHERE id = $1`, [id]))[0];

  /** The city union, which confers the honour, puts a team forward as a candidate. */
  const nominate = async (honourCode: string, teamId: string): Promise<string> => {
    const res = await as(cityCadre).post('/nominations', { honourCode, conferringUnitId: 'city', year, nomineeId: teamId, material: '事迹材料' });
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const submit = (nominationId: string) => as(cityCadre).post(`/nominations/${nominationId}/submission`);

  beforeAll(async () => {
    city = await startTestCity({ withAwards: true });
    awards = city.awards as RunningService;
    temporal = await testTemporalClient();
    const known = { knownIn: ['awards'] };
    let townCadre: TestPerson, countyCadre: TestPerson, secondCityCadre: TestPerson;
    [cityCadre, secondCityCadre, countyCadre, townCadre, entCadre] = await Promise.all([
      city.person('city_union_cadre', 'city', known),
      city.person('city_union_cadre', 'city', known),
      city.person('county_union_cadre', 'county-a', known),
      city.person('township_union_cadre', 'town-a1', known),
      city.person('enterprise_union_cadre', 'ent-a1', known),
    ]);
    deciders = [entCadre, townCadre, countyCadre, secondCityCadre];
    // The tree reaches awards in order: once it knows the last unit, it knows every team.
    await waitForReadModel(city, 'team-b1a', city.paths.get('team-b1a') as string);
    for (const [honour, quota] of [['pioneer-team', 2], ['innovative-team', 2]] as const) {
      expect((await as(cityCadre).put(`/honour-quotas/${honour}/city/${year}`, { quota })).status).toBe(200);
    }
  });

  // A test that failed while starts were held lets them go, so that the next one does not fail for it.
  afterEach(() => held?.release());

  afterAll(async () => {
    // city.stop() stops the instance it started; a restarted one is stopped here.
    await awards?.stop();
    await temporal?.close();
    await city?.stop();
  });

  it('starts every chain and publicity period whose change committed before the service died, and none twice', async () => {
    const toSubmit = await nominate('pioneer-team', 'team-a1a');
    // A nomination whose chain runs before the crash, to be approved at every level while starts are held.
    const toApprove = await nominate('pioneer-team', 'team-a1b');
    const submitted = await submit(toApprove);
    expect(submitted.body.status).toBe('submitted');
    expect(await workflowStarted(temporal.client, submitted.body.approvalWorkflowId)).toBe('RUNNING');
    // From here on, what is pending is what the held instance recorded.
    await waitForWorkflowOutboxDone(city.sql, SCHEMA);

    held = await restartWithWorkflowStartsHeld(awards, city.databaseUrl, SCHEMA);
    awards = held.service;

    const submission = await submit(toSubmit);
    expect(submission.status).toBe(200);
    // The last approval is recorded by the chain's activity in the worker, which puts the nomination into publicity.
    await approveChain(awards.url, submitted.body.approvalWorkflowId, deciders);
    await waitFor('the approved nomination to be in publicity', async () => (await nominationOf(toApprove)).status === 'publicity');

    const ids = { chain: approvalChainWorkflowId(NOMINATION_ITEM, toSubmit), publicity: publicityPeriodWorkflowId(toApprove) };
    expect(submission.body.approvalWorkflowId).toBe(ids.chain);
    // Committed…
    expect(await nominationOf(toSubmit)).toMatchObject({ status: 'submitted', approval_workflow_id: ids.chain });
    expect(await nominationOf(toApprove)).toMatchObject({ status: 'publicity', holds_quota: true });
    // …each with its start recorded, and nothing in Temporal.
    expect(await pendingWorkflowStarts(city.sql, SCHEMA)).toEqual([
      { workflow_id: ids.chain, action: 'start' },
      { workflow_id: ids.publicity, action: 'start' },
    ]);
    for (const id of Object.values(ids)) expect(await workflowStatus(temporal.client, id)).toBeNull();
    const heldRows = await pendingWorkflowOutboxRowIds(city.sql, SCHEMA);

    // The crash between commit and start; the instance that comes back starts what was recorded.
    awards = await held.crashAndRelease();
    expect(await workflowStarted(temporal.client, ids.chain)).toBe('RUNNING');
    // The chain waits at its first box, the nominee's enterprise union.
    await waitForInboxItem(awards.url, entCadre, ids.chain, 'ent-a1');
    expect(await workflowStarted(temporal.client, ids.publicity)).toBe('RUNNING');
    await waitForWorkflowOutboxDone(city.sql, SCHEMA);
    for (const id of Object.values(ids)) expect(await workflowOutboxRows(city.sql, SCHEMA, id)).toEqual([{ action: 'start', done: true }]);
    const runs = await workflowRuns(temporal.client, Object.values(ids));
    for (const id of Object.values(ids)) expect(runs[id]).toHaveLength(1);

    // Another crash, at the one moment a start can be delivered twice: Temporal took them, the relay
    // had not yet marked them done. They are delivered again, and nothing starts a second time.
    awards = await restartAsIfDeliveriesUnrecorded(awards, city.sql, SCHEMA, heldRows);
    await waitForWorkflowOutboxDone(city.sql, SCHEMA);
    expect(await workflowRuns(temporal.client, Object.values(ids))).toEqual(runs);
    for (const id of Object.values(ids)) expect(await workflowStatus(temporal.client, id)).toBe('RUNNING');
    expect(await nominationOf(toApprove)).toMatchObject({ status: 'publicity' });
    const [quota] = await city.sql(`SELECT taken FROM ${SCHEMA}.honour_quotas WHERE honour_code = 'pioneer-team'`);
    expect(quota.taken).toBe(1);
  }, 300_000);

  it('starts no chain for a nomination whose submission rolled back after its start was recorded', async () => {
    const nomination = await nominate('innovative-team', 'team-a1a');
    const chain = approvalChainWorkflowId(NOMINATION_ITEM, nomination);
    const { result: refused, commitsRefused } = await withCommitRefused(city.sql, SCHEMA, chain, () => submit(nomination));
    // The submission reached its commit with the chain's start recorded, and was refused there.
    expect([refused.status, commitsRefused]).toEqual([500, 1]);
    expect(await nominationOf(nomination)).toMatchObject({ status: 'candidate', approval_workflow_id: null });
    expect(await workflowOutboxRows(city.sql, SCHEMA, chain)).toEqual([]);
    const audited = await city.sql(`SELECT action FROM ${SCHEMA}.audit_log WHERE entity_id = $1 ORDER BY id`, [nomination]);
    expect(audited.map((a: Json) => a.action)).toEqual(['nomination.created']);

    // The relay is at work: another submission's chain starts, and a moment later still nothing of the rolled-back one.
    const other = await nominate('innovative-team', 'team-a1b');
    expect((await submit(other)).status).toBe(200);
    expect(await workflowStarted(temporal.client, approvalChainWorkflowId(NOMINATION_ITEM, other))).toBe('RUNNING');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await workflowStatus(temporal.client, chain)).toBeNull();
  });
});
