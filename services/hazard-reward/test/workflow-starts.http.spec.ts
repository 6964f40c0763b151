import { Client as TemporalClient } from '@temporalio/client';
import {
  Json,
  pendingWorkflowOutboxRowIds,
  pendingWorkflowStarts,
  restartAsIfDeliveriesUnrecorded,
  restartWithWorkflowStartsHeld,
  RunningService,
  StartsHeld,
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
import { approvalChainWorkflowId, rectificationTimerWorkflowId, rewardPaymentWorkflowId } from '@lc/workflows';
import { HazardCity, Person, startHazardCity } from './fixtures/hazard-city';

const SCHEMA = 'hazard_reward';

/**
 * Every workflow hazard-reward starts or signals because of a change (a major reward's approval chain,
 * an issued reward's payment, a rectification plan's timer, a major hazard's close-out chain, the
 * timer told of a close-out) is recorded in the change's transaction and carried out after commit by
 * the workflow outbox relay. Here the service dies between the two: it runs with its starts held (as
 * if each instance had died right after committing), is killed with SIGKILL, and comes back.
 */
describe('workflow starts in hazard-reward across a crash between commit and start', () => {
  let h: HazardCity;
  let temporal: { client: TemporalClient; close: () => Promise<void> };
  /** The instance of hazard-reward running now (each restart is a new process on the same port). */
  let hazardReward: RunningService;
  let held: StartsHeld | undefined;
  let townCadre: Person;
  let unionCadre: Person;
  let management: Person;
  let updater: Person;
  /** Hazards confirmed before the crash: one closed while starts are held, one major whose close-out is submitted then, and two for the rollback. */
  let hazardToClose: string;
  let majorHazard: string;
  let hazardToRollBack: string;
  let anotherHazard: string;
  let reports = 0;

  /** A worker reports a hazard at ent-a1 and the enterprise's union cadre confirms it; answers the report's (and hazard's) id. */
  const confirmedHazard = async (grade: 'general' | 'major'): Promise<string> => {
    const report = await h.report(await h.worker('team-a1a', ++reports));
    expect(report.status).toBe(201);
    const verified = await h.api(unionCadre.token).post(`/hazard-reports/${report.body.id}/verification`, { outcome: 'confirmed', grade });
    expect(verified.status).toBe(200);
    return report.body.id;
  };

  /** The enterprise's management sets the rectification plan, with the team leader to enter progress. */
  const setPlan = (hazardId: string) =>
    h.api(management.token).put(`/hazards/${hazardId}/rectification-plan`, {
      measures: '加装防护罩并设置联锁',
      deadline: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
      responsibleUnit: '二车间',
      responsiblePerson: '李主任',
      interimMeasures: '停用该工位，设置警示',
      updaterUserId: updater.id,
    });

  const rewardOf = async (reportId: string): Promise<Json> => (await h.sql(`SELECT * FROM ${SCHEMA}.rewards WHERE report_id = $1`, [reportId]))[0];
  const rewardOnceItIs = (reportId: string, status: string) =>
    waitFor(`the reward of ${reportId} to be ${status}`, async () => ((await rewardOf(reportId))?.status === status ? rewardOf(reportId) : undefined), { timeoutMs: 60_000 });
  const hazardOf = async (hazardId: string): Promise<Json> => (await h.sql(`SELECT * FROM ${SCHEMA}.hazards WHERE report_id = $1`, [hazardId]))[0];

  beforeAll(async () => {
    h = await startHazardCity();
    hazardReward = h.city.hazardReward as RunningService;
    temporal = await testTemporalClient();
    let countyCadre: Person;
    [countyCadre, townCadre, unionCadre, management, updater] = await Promise.all([
      h.person('county_union_cadre', 'county-a'),
      h.person('township_union_cadre', 'town-a1'),
      h.person('enterprise_union_cadre', 'ent-a1'),
      h.person('enterprise_management', 'ent-a1'),
      h.person('team_leader', 'team-a1a', '安全员老周'),
    ]);
    // Confirmed before any reward scheme exists, these hazards bring no reward (and no reward workflow) of their own.
    [hazardToClose, majorHazard, hazardToRollBack, anotherHazard] = [
      await confirmedHazard('general'),
      await confirmedHazard('major'),
      await confirmedHazard('general'),
      await confirmedHazard('general'),
    ];
    for (const id of [hazardToClose, majorHazard, hazardToRollBack, anotherHazard]) await rewardOnceItIs(id, 'no_scheme');
    // The county's scheme (100/1,000 yuan for a general/major accident hazard): above 500 yuan a reward is approved first.
    await h.setUpRewards(countyCadre, 'county-a', { budgetYuan: 10_000, approvalThresholdYuan: 500 });
    // Two hazards have their plan, and so a running timer, before the crash.
    for (const id of [hazardToClose, majorHazard]) {
      expect((await setPlan(id)).status).toBe(200);
      expect(await workflowStarted(temporal.client, rectificationTimerWorkflowId(id))).toBe('RUNNING');
    }
    // From here on, what is pending is what the held instance recorded.
    await waitForWorkflowOutboxDone(h.sql, SCHEMA);
  });

  // A test that failed while starts were held lets them go, so that the next one does not fail for it.
  afterEach(() => held?.release());

  afterAll(async () => {
    // The fixture stops the instance it started; a restarted one is stopped here.
    await hazardReward?.stop();
    await temporal?.close();
    await h?.stop();
  });

  it('starts every payment, timer and chain whose change committed before the service died, tells the timer of a close-out, and nothing twice', async () => {
    held = await restartWithWorkflowStartsHeld(hazardReward, h.city.databaseUrl, SCHEMA);
    hazardReward = held.service;

    // A general hazard confirmed: its reward is issued from the budget (by the rewards consumer of hazard.confirmed).
    const generalHazard = await confirmedHazard('general');
    const issued = await rewardOnceItIs(generalHazard, 'issued');
    // A major one: its 1,000 yuan reward waits for its approval chain.
    const majorReward = await rewardOnceItIs(await confirmedHazard('major'), 'awaiting_approval');
    // The general hazard gets its rectification plan.
    const planned = await setPlan(generalHazard);
    expect(planned.status).toBe(200);
    // The major hazard's rectification is verified: its close-out goes up the chain.
    const closeOutSubmitted = await h.api(unionCadre.token).post(`/hazards/${majorHazard}/rectification-verification`, { accepted: true, note: '已更换' });
    expect(closeOutSubmitted.body).toMatchObject({ status: 'close_out_pending' });
    // The other general hazard's rectification is verified: it is closed out at once.
    const closed = await h.api(unionCadre.token).post(`/hazards/${hazardToClose}/rectification-verification`, { accepted: true, note: '现场验收合格' });
    expect(closed.body).toMatchObject({ status: 'closed' });

    const ids = {
      payment: rewardPaymentWorkflowId(issued.id),
      rewardChain: approvalChainWorkflowId('hazard-reward', majorReward.id),
      newTimer: rectificationTimerWorkflowId(generalHazard),
      closeOut: approvalChainWorkflowId('hazard-close-out', majorHazard),
      closedTimer: rectificationTimerWorkflowId(hazardToClose),
    };
    expect(majorReward.approval_workflow_id).toBe(ids.rewardChain);
    expect(closeOutSubmitted.body.closeOutWorkflowId).toBe(ids.closeOut);

    // Committed…
    expect(await hazardOf(generalHazard)).toMatchObject({ plan_version: 1, status: 'open' });
    expect(await hazardOf(majorHazard)).toMatchObject({ status: 'close_out_pending', close_out_workflow_id: ids.closeOut });
    expect(await hazardOf(hazardToClose)).toMatchObject({ status: 'closed' });
    // …each with its start or signal recorded, in the order the changes committed, and none carried out.
    expect(await pendingWorkflowStarts(h.sql, SCHEMA)).toEqual([
      { workflow_id: ids.payment, action: 'start' },
      { workflow_id: ids.rewardChain, action: 'start' },
      { workflow_id: ids.newTimer, action: 'signal-with-start' },
      { workflow_id: ids.closeOut, action: 'start' },
      { workflow_id: ids.closedTimer, action: 'signal' },
    ]);
    for (const id of [ids.payment, ids.rewardChain, ids.newTimer, ids.closeOut]) expect(await workflowStatus(temporal.client, id)).toBeNull();
    // The closed hazard's timer runs on, not told yet.
    expect(await workflowStatus(temporal.client, ids.closedTimer)).toBe('RUNNING');
    expect(await signalsOf(ids.closedTimer)).toEqual(['rectificationDeadlineChanged']);
    const heldRows = await pendingWorkflowOutboxRowIds(h.sql, SCHEMA);

    // The crash between commit and start; the instance that comes back carries out what was recorded.
    hazardReward = await held.crashAndRelease();
    // The reward is paid, once.
    await workflowStarted(temporal.client, ids.payment);
    const paid = await rewardOnceItIs(generalHazard, 'paid');
    expect(await ledgerOf(paid.id)).toEqual(['issued', 'paid']);
    // The timer of the new plan runs; the closed hazard's timer heard of the close-out and ended.
    expect(await workflowStarted(temporal.client, ids.newTimer)).toBe('RUNNING');
    await waitFor('the closed hazard’s timer to end', async () => (await workflowStatus(temporal.client, ids.closedTimer)) === 'COMPLETED');
    // Both chains run and wait at the township, in its cadre's inbox.
    for (const id of [ids.rewardChain, ids.closeOut]) {
      expect(await workflowStarted(temporal.client, id)).toBe('RUNNING');
      await waitForInboxItem(hazardReward.url, townCadre, id, 'town-a1');
    }
    await waitForWorkflowOutboxDone(h.sql, SCHEMA);
    expect(await workflowStatus(temporal.client, ids.payment)).toBe('COMPLETED');
    const workflowIds = Object.values(ids);
    const runs = await workflowRuns(temporal.client, workflowIds);
    for (const id of workflowIds) expect(runs[id]).toHaveLength(1);
    const signals = { newTimer: await signalsOf(ids.newTimer), closedTimer: await signalsOf(ids.closedTimer) };
    expect(signals).toEqual({ newTimer: ['rectificationDeadlineChanged'], closedTimer: ['rectificationDeadlineChanged', 'hazardClosed'] });

    // Another crash, at the one moment a start or signal can be delivered twice: Temporal took them, the
    // relay had not yet marked them done. They are delivered again, and nothing is started or told twice.
    hazardReward = await restartAsIfDeliveriesUnrecorded(hazardReward, h.sql, SCHEMA, heldRows);
    await waitForWorkflowOutboxDone(h.sql, SCHEMA);
    expect(await workflowRuns(temporal.client, workflowIds)).toEqual(runs);
    expect({ newTimer: await signalsOf(ids.newTimer), closedTimer: await signalsOf(ids.closedTimer) }).toEqual(signals);
    for (const id of [ids.rewardChain, ids.closeOut, ids.newTimer]) expect(await workflowStatus(temporal.client, id)).toBe('RUNNING');
    expect(await ledgerOf(paid.id)).toEqual(['issued', 'paid']);
    expect((await rewardOf(generalHazard)).status).toBe('paid');
  }, 300_000);

  it('starts no timer for a rectification plan whose transaction rolled back after its start was recorded', async () => {
    const timer = rectificationTimerWorkflowId(hazardToRollBack);
    const { result: refused, commitsRefused } = await withCommitRefused(h.sql, SCHEMA, timer, () => setPlan(hazardToRollBack));
    // The plan reached its commit with the timer's start recorded, and was refused there.
    expect([refused.status, commitsRefused]).toEqual([500, 1]);
    expect(await hazardOf(hazardToRollBack)).toMatchObject({ plan_version: 0, deadline: null, measures: null, updater_user_id: null });
    const timeline = await h.sql(`SELECT kind FROM ${SCHEMA}.hazard_timeline WHERE report_id = $1`, [hazardToRollBack]);
    expect(timeline.map((t: Json) => t.kind)).toEqual(['opened']);
    expect(await workflowOutboxRows(h.sql, SCHEMA, timer)).toEqual([]);

    // The relay is at work: another plan's timer starts, and a moment later still nothing of the rolled-back one.
    expect((await setPlan(anotherHazard)).status).toBe(200);
    expect(await workflowStarted(temporal.client, rectificationTimerWorkflowId(anotherHazard))).toBe('RUNNING');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await workflowStatus(temporal.client, timer)).toBeNull();
  });

  /** The kinds of the reward's ledger entries, in the order written. */
  async function ledgerOf(rewardId: string): Promise<string[]> {
    return (await h.sql<{ kind: string }>(`SELECT kind FROM ${SCHEMA}.ledger_entries WHERE reward_id = $1 ORDER BY id`, [rewardId])).map((e) => e.kind);
  }

  /** The names of the signals a workflow received, in order (a signal-with-start's signal included). */
  async function signalsOf(workflowId: string): Promise<string[]> {
    const history = await temporal.client.workflow.getHandle(workflowId).fetchHistory();
    return (history.events ?? []).flatMap((e) => (e.workflowExecutionSignaledEventAttributes?.signalName ? [e.workflowExecutionSignaledEventAttributes.signalName] : []));
  }
});
