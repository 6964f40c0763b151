import { Client, Connection, WorkflowHandle, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { Pool } from 'pg';
import { createTestDatabase, TEST_TEMPORAL_NAMESPACE, uniqueName, waitFor } from '@lc/testing';
import {
  lodgeObjectionUpdate,
  lodgeObjectionUpdateId,
  ObjectionAnswer,
  PublicityPeriodInput,
  publicityPeriodWorkflowId,
  publicityPeriodWorkflowType,
  PublicityState,
  publicityStateQuery,
  ruleOnObjectionUpdate,
  ruleOnObjectionUpdateId,
} from '../src';
import { createAwardsTables, recordedPublicityOutcome } from './fixtures/awards-recording-activities';
import { startAwardsWorker } from './fixtures/awards-worker';

/**
 * The publicity period (公示) on the real Temporal dev server, with periods of a few seconds, recording
 * its outcome into a real Postgres table: passed at the end, withdrawn at once on an upheld objection,
 * waiting past the end for pending rulings, refusing late objections, and one outcome call per run.
 */
describe('the publicity period workflow', () => {
  const taskQueue = uniqueName('awards');
  /** Deliveries of recordPublicityOutcome that fail before one succeeds, by nomination id. */
  const outcomeFailures = new Map<string, number>();
  let database: { url: string; drop: () => Promise<void> };
  let pool: Pool;
  let connection: Connection;
  let client: Client;
  let worker: { stop: () => Promise<void> };

  beforeAll(async () => {
    database = await createTestDatabase('awardswf');
    pool = new Pool({ connectionString: database.url, max: 2 });
    await createAwardsTables(pool);
    worker = await startAwardsWorker({ taskQueue, databaseUrl: database.url, outcomeFailures: (id) => outcomeFailures.get(id) ?? 0 });
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    client = new Client({ connection, namespace: TEST_TEMPORAL_NAMESPACE });
  });

  afterAll(async () => {
    await worker?.stop();
    await connection?.close();
    await pool?.end();
    await database?.drop();
  });

  type PublicityHandle = WorkflowHandle<(input: PublicityPeriodInput) => Promise<PublicityState>>;

  const start = async (periodSeconds: number) => {
    const input: PublicityPeriodInput = { nominationId: uniqueName('nomination'), periodSeconds };
    const handle = (await client.workflow.start(publicityPeriodWorkflowType, {
      taskQueue,
      workflowId: publicityPeriodWorkflowId(input.nominationId),
      args: [input],
    })) as PublicityHandle;
    const { endsAt } = await handle.query(publicityStateQuery);
    return { input, handle, endsAtMs: Date.parse(endsAt) };
  };
  const lodge = (handle: WorkflowHandle, objectionId: string): Promise<ObjectionAnswer> =>
    handle.executeUpdate(lodgeObjectionUpdate, { args: [{ objectionId }], updateId: lodgeObjectionUpdateId(objectionId) });
  const rule = (handle: WorkflowHandle, objectionId: string, upheld: boolean, updateId = ruleOnObjectionUpdateId(objectionId, upheld)): Promise<ObjectionAnswer> =>
    handle.executeUpdate(ruleOnObjectionUpdate, { args: [{ objectionId, upheld }], updateId });
  const outcome = (input: PublicityPeriodInput) => recordedPublicityOutcome(pool, input.nominationId);
  const historyEvents = async (handle: WorkflowHandle) => (await handle.fetchHistory()).events ?? [];
  /** How often this run called the outcome activity (retries of one call are not new calls). */
  const outcomeCalls = async (handle: WorkflowHandle) => (await historyEvents(handle)).filter((e) => e.activityTaskScheduledEventAttributes).length;
  const acceptedUpdateIds = async (handle: WorkflowHandle) =>
    (await historyEvents(handle)).flatMap((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId ?? []);
  const ended = (handle: PublicityHandle) => waitFor('the end of the period', async () => (await handle.query(publicityStateQuery)).ended, { timeoutMs: 20_000 });

  /** The refusal's message (a PublicityRequestRefused), or a failure when the update was accepted. */
  const refusal = async (update: Promise<unknown>): Promise<string> => {
    try {
      await update;
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure && err.cause.type === 'PublicityRequestRefused') {
        return err.cause.message;
      }
      throw err;
    }
    throw new Error('the update was accepted');
  };

  it('(a) passes after the period when nobody objected', async () => {
    const { input, handle, endsAtMs } = await start(2);
    expect(await handle.query(publicityStateQuery)).toEqual({
      endsAt: new Date(endsAtMs).toISOString(),
      ended: false,
      objections: [],
      outcome: null,
      upheldObjectionId: null,
    });
    expect(await handle.result()).toMatchObject({ ended: true, objections: [], outcome: 'passed', upheldObjectionId: null });
    const recorded = await outcome(input);
    expect(recorded).toEqual({ outcome: 'passed', objection_id: null, recorded_at: expect.any(Date), attempts: 1 });
    expect(recorded!.recorded_at.getTime()).toBeGreaterThanOrEqual(endsAtMs);
    expect(await outcomeCalls(handle)).toBe(1);
  });

  it('(b) withdraws the nomination as soon as an objection is upheld, without waiting for the end', async () => {
    const { input, handle, endsAtMs } = await start(60);
    expect(await lodge(handle, 'o-1')).toEqual({ objectionId: 'o-1', status: 'pending', outcome: null });
    expect(await rule(handle, 'o-1', true)).toEqual({ objectionId: 'o-1', status: 'upheld', outcome: 'withdrawn' });
    // Answered once the outcome is recorded.
    expect(await outcome(input)).toMatchObject({ outcome: 'withdrawn', objection_id: 'o-1', attempts: 1 });
    expect(await handle.result()).toMatchObject({ ended: false, outcome: 'withdrawn', upheldObjectionId: 'o-1', objections: [{ id: 'o-1', status: 'upheld' }] });
    expect(Date.now()).toBeLessThan(endsAtMs - 50_000);
    expect((await handle.describe()).status.name).toBe('COMPLETED');
    expect(await outcomeCalls(handle)).toBe(1);
  });

  it('(c) passes at the end when the only objection was dismissed within the period', async () => {
    const { input, handle, endsAtMs } = await start(3);
    await lodge(handle, 'o-1');
    expect(await rule(handle, 'o-1', false)).toEqual({ objectionId: 'o-1', status: 'dismissed', outcome: null });
    expect(await handle.query(publicityStateQuery)).toMatchObject({ ended: false, outcome: null, objections: [{ id: 'o-1', status: 'dismissed' }] });
    expect(await outcome(input)).toBeUndefined();
    expect(await handle.result()).toMatchObject({ ended: true, outcome: 'passed' });
    const recorded = await outcome(input);
    expect(recorded).toMatchObject({ outcome: 'passed', objection_id: null, attempts: 1 });
    expect(recorded!.recorded_at.getTime()).toBeGreaterThanOrEqual(endsAtMs);
    expect(await outcomeCalls(handle)).toBe(1);
  });

  it('(d) waits past the end for the ruling on a pending objection, then passes on its dismissal', async () => {
    const { input, handle } = await start(2);
    await lodge(handle, 'o-1');
    await ended(handle);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await handle.query(publicityStateQuery)).toMatchObject({ ended: true, outcome: null, objections: [{ id: 'o-1', status: 'pending' }] });
    expect((await handle.describe()).status.name).toBe('RUNNING');
    expect(await outcome(input)).toBeUndefined();
    expect(await rule(handle, 'o-1', false)).toEqual({ objectionId: 'o-1', status: 'dismissed', outcome: 'passed' });
    expect(await outcome(input)).toMatchObject({ outcome: 'passed', attempts: 1 });
    expect(await handle.result()).toMatchObject({ ended: true, outcome: 'passed', objections: [{ id: 'o-1', status: 'dismissed' }] });
    expect(await outcomeCalls(handle)).toBe(1);
  });

  it('(e) refuses an objection after the end, an unknown objection and a changed ruling, with the reason and no trace', async () => {
    const { input, handle, endsAtMs } = await start(2);
    await lodge(handle, 'o-1');
    await lodge(handle, 'o-2');
    await ended(handle);
    expect(await refusal(lodge(handle, 'o-late'))).toBe(
      `the publicity period ended at ${new Date(endsAtMs).toISOString()}; objections are no longer accepted`,
    );
    expect(await refusal(rule(handle, 'o-x', false))).toBe('no objection o-x was lodged against this nomination');
    expect(await rule(handle, 'o-1', false)).toEqual({ objectionId: 'o-1', status: 'dismissed', outcome: null });
    expect(await refusal(rule(handle, 'o-1', true))).toBe('objection o-1 was already ruled dismissed; it cannot now be upheld');
    // The same objection lodged again after the end is no new objection: answered as it stands.
    expect(await handle.executeUpdate(lodgeObjectionUpdate, { args: [{ objectionId: 'o-1' }], updateId: 'o-1-retry' })).toEqual({
      objectionId: 'o-1',
      status: 'dismissed',
      outcome: null,
    });
    expect((await handle.query(publicityStateQuery)).objections).toEqual([
      { id: 'o-1', status: 'dismissed' },
      { id: 'o-2', status: 'pending' },
    ]);
    // Upheld after the end, while still pending: withdrawn.
    expect(await rule(handle, 'o-2', true)).toEqual({ objectionId: 'o-2', status: 'upheld', outcome: 'withdrawn' });
    expect(await handle.result()).toMatchObject({ ended: true, outcome: 'withdrawn', upheldObjectionId: 'o-2' });
    expect(await outcome(input)).toMatchObject({ outcome: 'withdrawn', objection_id: 'o-2', attempts: 1 });
    expect(await acceptedUpdateIds(handle)).toEqual([
      lodgeObjectionUpdateId('o-1'),
      lodgeObjectionUpdateId('o-2'),
      ruleOnObjectionUpdateId('o-1', false),
      'o-1-retry',
      ruleOnObjectionUpdateId('o-2', true),
    ]);
    expect(await outcomeCalls(handle)).toBe(1);
  });

  it('(f) calls the outcome activity once per run, for repeated rulings and through a retried delivery', async () => {
    const { input, handle } = await start(60);
    outcomeFailures.set(input.nominationId, 1);
    await lodge(handle, 'o-1');
    // The same objection again under another update id: still one objection.
    expect(await handle.executeUpdate(lodgeObjectionUpdate, { args: [{ objectionId: 'o-1' }], updateId: 'o-1-again' })).toMatchObject({ status: 'pending' });
    await lodge(handle, 'o-2');
    // The same ruling sent twice at once, under two update ids: both answered once the outcome is recorded.
    const answers = await Promise.all([rule(handle, 'o-1', true), rule(handle, 'o-1', true, 'ruling-o-1-retry')]);
    expect(answers).toEqual([
      { objectionId: 'o-1', status: 'upheld', outcome: 'withdrawn' },
      { objectionId: 'o-1', status: 'upheld', outcome: 'withdrawn' },
    ]);
    // The first delivery failed and Temporal retried it: two deliveries, one row, one call by the workflow.
    expect(await outcome(input)).toMatchObject({ outcome: 'withdrawn', objection_id: 'o-1', attempts: 2 });
    expect((await handle.result()).objections).toEqual([
      { id: 'o-1', status: 'upheld' },
      { id: 'o-2', status: 'pending' },
    ]);
    expect(await outcomeCalls(handle)).toBe(1);
  });
});
