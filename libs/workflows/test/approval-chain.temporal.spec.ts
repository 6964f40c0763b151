import { Client, Connection, WorkflowHandle, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { Pool } from 'pg';
import { createTestDatabase, TEST_TEMPORAL_NAMESPACE, uniqueName, waitFor } from '@lc/testing';
import {
  approvalChainWorkflowId,
  approvalChainWorkflowType,
  ChainState,
  chainStateQuery,
  DecisionRequest,
  decideUpdate,
  resubmitUpdate,
  withdrawUpdate,
} from '../src';
import { fourLevelChain, step } from './fixtures/approval-chains';
import { startApprovalWorker } from './fixtures/approval-worker';
import { createTransitionsTable, recordedTransitions } from './fixtures/recording-activities';

/** The approval chain on the real Temporal dev server, recording into a real Postgres table. */
describe('the approval chain workflow', () => {
  const taskQueue = uniqueName('approvals');
  let database: { url: string; drop: () => Promise<void> };
  let pool: Pool;
  let connection: Connection;
  let client: Client;
  let worker: { stop: () => Promise<void> };

  beforeAll(async () => {
    database = await createTestDatabase('approvals');
    pool = new Pool({ connectionString: database.url, max: 2 });
    await createTransitionsTable(pool);
    worker = await startApprovalWorker({ taskQueue, databaseUrl: database.url });
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    client = new Client({ connection, namespace: TEST_TEMPORAL_NAMESPACE });
  });

  afterAll(async () => {
    await worker?.stop();
    await connection?.close();
    await pool?.end();
    await database?.drop();
  });

  const start = (input = fourLevelChain(uniqueName('item'))) =>
    client.workflow.start(approvalChainWorkflowType, {
      taskQueue,
      workflowId: approvalChainWorkflowId(input.itemKind, input.itemId),
      args: [input],
    }) as Promise<WorkflowHandle<(i: typeof input) => Promise<ChainState>>>;

  let decisions = 0;
  const decision = (stepId: string, actorUserId: string, outcome: DecisionRequest['outcome'] = 'approve', extra: Partial<DecisionRequest> = {}): DecisionRequest => ({
    decisionId: `d-${++decisions}`,
    stepId,
    actorUserId,
    outcome,
    opinion: outcome === 'approve' ? '同意' : '材料不全，请补充',
    ...extra,
  });
  const decide = (handle: WorkflowHandle, request: DecisionRequest) =>
    handle.executeUpdate(decideUpdate, { args: [request], updateId: request.decisionId });
  const kinds = async (handle: WorkflowHandle) => (await recordedTransitions(pool, handle.workflowId)).map((t) => t.kind);

  /** The refusal's message, or a failure when the update was accepted. */
  const refusal = async (update: Promise<unknown>): Promise<string> => {
    try {
      await update;
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) return err.cause?.message ?? err.message;
      // A finished chain takes no updates at all: Temporal itself refuses them.
      if (err instanceof WorkflowNotFoundError) return err.message;
      throw err;
    }
    throw new Error('the update was accepted');
  };

  it('carries an item up all four levels, answering each decision with where the item now waits', async () => {
    const handle = await start();
    expect(await decide(handle, decision('ent', 'u-ent'))).toMatchObject({ status: 'pending', currentStepId: 'town', transitionSeq: 2 });
    expect(await decide(handle, decision('town', 'u-town'))).toMatchObject({ currentStepId: 'county' });
    expect(await decide(handle, decision('county', 'u-county'))).toMatchObject({ currentStepId: 'city' });
    expect(await decide(handle, decision('city', 'u-city'))).toMatchObject({ status: 'approved', currentStepId: null, transitionSeq: 5 });
    const final = await handle.result();
    expect(final.status).toBe('approved');
    expect(final.steps.map((s) => s.signatures.map((x) => x.userId))).toEqual([['u-ent'], ['u-town'], ['u-county'], ['u-city']]);
    const recorded = await recordedTransitions(pool, handle.workflowId);
    expect(recorded.map((t) => [t.kind, t.step_id, t.status, t.waiting_for])).toEqual([
      ['submitted', null, 'pending', ['u-ent']],
      ['step-approved', 'ent', 'pending', ['u-town']],
      ['step-approved', 'town', 'pending', ['u-county']],
      ['step-approved', 'county', 'pending', ['u-city']],
      ['approved', 'city', 'approved', []],
    ]);
    expect(recorded.every((t) => t.attempts === 1)).toBe(true);
  });

  it('stops at a rejection at level 3 and refuses any later decision', async () => {
    const handle = await start();
    await decide(handle, decision('ent', 'u-ent'));
    await decide(handle, decision('town', 'u-town'));
    expect(await decide(handle, decision('county', 'u-county', 'reject'))).toMatchObject({ status: 'rejected' });
    expect((await handle.result()).status).toBe('rejected');
    expect(await kinds(handle)).toEqual(['submitted', 'step-approved', 'step-approved', 'rejected']);
    expect(await refusal(decide(handle, decision('city', 'u-city')))).toMatch(/already rejected|not running|completed/i);
  });

  it('returns an item at level 2 to the submitter and resumes at level 2 once resubmitted', async () => {
    const handle = await start();
    await decide(handle, decision('ent', 'u-ent'));
    expect(await decide(handle, decision('town', 'u-town', 'return'))).toMatchObject({ status: 'returned', currentStepId: 'town' });
    expect(await refusal(decide(handle, decision('town', 'u-town')))).toMatch(/returned to u-submitter for revision/);
    expect(
      await refusal(handle.executeUpdate(resubmitUpdate, { args: [{ decisionId: 'r-x', actorUserId: 'u-town', note: '' }] })),
    ).toBe('only the submitter (u-submitter) resubmits the item');
    const resubmitted = await handle.executeUpdate(resubmitUpdate, { args: [{ decisionId: `r-${decisions}`, actorUserId: 'u-submitter', note: '已补充材料' }] });
    expect(resubmitted).toMatchObject({ status: 'pending', currentStepId: 'town' });
    await decide(handle, decision('town', 'u-town'));
    await decide(handle, decision('county', 'u-county'));
    await decide(handle, decision('city', 'u-city'));
    expect((await handle.result()).status).toBe('approved');
    expect(await kinds(handle)).toEqual(['submitted', 'step-approved', 'returned', 'resubmitted', 'step-approved', 'step-approved', 'approved']);
  });

  it('lets the submitter withdraw while pending, and nobody else', async () => {
    const handle = await start();
    await decide(handle, decision('ent', 'u-ent'));
    expect(await refusal(handle.executeUpdate(withdrawUpdate, { args: [{ decisionId: 'w-1', actorUserId: 'u-town', reason: '不想要了' }] }))).toBe(
      'only the submitter (u-submitter) withdraws the item',
    );
    expect(await handle.executeUpdate(withdrawUpdate, { args: [{ decisionId: 'w-2', actorUserId: 'u-submitter', reason: '重复申报' }] })).toMatchObject({
      status: 'withdrawn',
    });
    expect((await handle.result()).status).toBe('withdrawn');
    expect(await kinds(handle)).toEqual(['submitted', 'step-approved', 'withdrawn']);
  });

  it('completes a countersign step only when all three approvers have signed', async () => {
    const input = fourLevelChain(uniqueName('item'), {
      steps: [step('ent', ['u-ent']), step('county', ['u-a', 'u-b', 'u-c'], { mode: 'countersign' }), step('city', ['u-city'])],
    });
    const handle = await start(input);
    await decide(handle, decision('ent', 'u-ent'));
    expect(await decide(handle, decision('county', 'u-b'))).toMatchObject({ currentStepId: 'county' });
    expect(await refusal(decide(handle, decision('county', 'u-b')))).toBe('u-b has already signed step county (county 意见)');
    expect(await decide(handle, decision('county', 'u-a'))).toMatchObject({ currentStepId: 'county' });
    const waiting = await handle.query(chainStateQuery);
    expect(waiting.transitions.at(-1)?.waitingFor).toEqual(['u-c']);
    expect(await decide(handle, decision('county', 'u-c'))).toMatchObject({ currentStepId: 'city' });
    expect(await kinds(handle)).toEqual(['submitted', 'step-approved', 'signed', 'signed', 'step-approved']);
  });

  it('completes an or-sign step with any one of its approvers', async () => {
    const input = fourLevelChain(uniqueName('item'), { steps: [step('town', ['u-t1', 'u-t2', 'u-t3']), step('city', ['u-city'])] });
    const handle = await start(input);
    const submitted = await waitFor('the submission to be recorded', async () => (await recordedTransitions(pool, handle.workflowId))[0]);
    expect(submitted.waiting_for).toEqual(['u-t1', 'u-t2', 'u-t3']);
    expect(await decide(handle, decision('town', 'u-t2'))).toMatchObject({ currentStepId: 'city' });
    expect(await refusal(decide(handle, decision('town', 'u-t1')))).toMatch(/^step town \(town 意见\) is not the step waiting for a decision/);
  });

  it('reminds the approvers past the reminder time and escalates past the deadline, both recorded', async () => {
    const input = fourLevelChain(uniqueName('item'), {
      steps: [step('ent', ['u-ent'], { reminderAfterSeconds: 1, deadlineSeconds: 2 }), step('town', ['u-town'])],
    });
    const handle = await start(input);
    const recorded = await waitFor(
      'the reminder and the escalation',
      async () => {
        const rows = await recordedTransitions(pool, handle.workflowId);
        return rows.some((r) => r.kind === 'escalated') ? rows : undefined;
      },
      { timeoutMs: 15_000, intervalMs: 200 },
    );
    expect(recorded.map((r) => [r.kind, r.step_id, r.notify])).toEqual([
      ['submitted', null, ['u-ent']],
      ['reminded', 'ent', ['u-ent']],
      ['escalated', 'ent', ['office-above-ent']],
    ]);
    // Still decidable after escalation, and the next step starts its own clock.
    expect(await decide(handle, decision('ent', 'u-ent'))).toMatchObject({ currentStepId: 'town' });
    const state = await handle.query(chainStateQuery);
    expect(state.steps[0]).toMatchObject({ remindedInRound: true, escalatedInRound: true });
    expect(state.steps[1]).toMatchObject({ round: 1, remindedInRound: false, escalatedInRound: false });
  });

  it("records a deputy's decision on behalf of the approver who delegated", async () => {
    const handle = await start();
    await decide(handle, decision('ent', 'u-ent'));
    expect(await refusal(decide(handle, decision('town', 'u-deputy')))).toBe('you (u-deputy) are not an approver of step town (town 意见)');
    await decide(handle, decision('town', 'u-deputy', 'approve', { onBehalfOf: 'u-town' }));
    const state = await handle.query(chainStateQuery);
    expect(state.steps[1].signatures).toEqual([expect.objectContaining({ userId: 'u-deputy', onBehalfOf: 'u-town', outcome: 'approve' })]);
    const recorded = await recordedTransitions(pool, handle.workflowId);
    expect(recorded.at(-1)).toMatchObject({ kind: 'step-approved', actor_user_id: 'u-deputy', on_behalf_of: 'u-town' });
  });

  it('refuses a wrong approver, a wrong step and a decision after completion, changing nothing', async () => {
    const handle = await start(fourLevelChain(uniqueName('item'), { steps: [step('ent', ['u-ent']), step('town', ['u-town'])] }));
    const before = await handle.query(chainStateQuery);
    expect(await refusal(decide(handle, decision('ent', 'u-town')))).toBe('you (u-town) are not an approver of step ent (ent 意见)');
    expect(await refusal(decide(handle, decision('town', 'u-town')))).toBe(
      'step town (town 意见) is not the step waiting for a decision; the item waits at ent (ent 意见)',
    );
    expect(await refusal(decide(handle, decision('nowhere', 'u-ent')))).toBe('the chain has no step nowhere');
    expect(await refusal(decide(handle, decision('ent', 'u-submitter')))).toMatch(/not an approver|submitted this item yourself/);
    expect(await handle.query(chainStateQuery)).toEqual(before);
    await decide(handle, decision('ent', 'u-ent'));
    await decide(handle, decision('town', 'u-town'));
    await handle.result();
    expect(await refusal(decide(handle, decision('town', 'u-town')))).toMatch(/already approved|completed|not running/i);
    expect(await kinds(handle)).toEqual(['submitted', 'step-approved', 'approved']);
  });

  it('counts the same decision once, whether the update or only the decision id is repeated', async () => {
    const handle = await start();
    const first = decision('ent', 'u-ent');
    const answer = await decide(handle, first);
    expect(await decide(handle, first)).toEqual(answer);
    // A retry under a new update id, same decision id: answered from the first, nothing applied again.
    expect(await handle.executeUpdate(decideUpdate, { args: [first], updateId: `${first.decisionId}-retry` })).toEqual(answer);
    expect(await kinds(handle)).toEqual(['submitted', 'step-approved']);
    expect((await handle.query(chainStateQuery)).currentStep).toBe(1);
  });
});
