import { Client, Connection, WorkflowExecutionAlreadyStartedError, WorkflowHandle } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { Pool } from 'pg';
import { createTestDatabase, TEST_TEMPORAL_NAMESPACE, uniqueName, waitFor } from '@lc/testing';
import {
  hazardClosedSignal,
  rectificationDeadlineChangedSignal,
  RectificationTimerInput,
  rectificationTimerWorkflowId,
  rectificationTimerWorkflowType,
  rewardPaymentWorkflowId,
  rewardPaymentWorkflowType,
} from '../src';
import { createHazardTables, recordedPayment, recordedTimerEvents, RecordedTimerEvent } from './fixtures/hazard-recording-activities';
import { startHazardWorker } from './fixtures/hazard-worker';

/**
 * The hazard workflows on the real Temporal dev server, with deadlines seconds away, recording into a
 * real Postgres table: the rectification timer (reminder, overdue, a moved deadline, the close-out)
 * and the reward payment (retries, one workflow per reward).
 */
describe('the hazard workflows', () => {
  const taskQueue = uniqueName('hazard');
  /** Deliveries of payReward that fail before one succeeds, by reward id. */
  const paymentFailures = new Map<string, number>();
  let database: { url: string; drop: () => Promise<void> };
  let pool: Pool;
  let connection: Connection;
  let client: Client;
  let worker: { stop: () => Promise<void> };

  beforeAll(async () => {
    database = await createTestDatabase('hazardwf');
    pool = new Pool({ connectionString: database.url, max: 2 });
    await createHazardTables(pool);
    worker = await startHazardWorker({ taskQueue, databaseUrl: database.url, paymentFailures: (id) => paymentFailures.get(id) ?? 0 });
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    client = new Client({ connection, namespace: TEST_TEMPORAL_NAMESPACE });
  });

  afterAll(async () => {
    await worker?.stop();
    await connection?.close();
    await pool?.end();
    await database?.drop();
  });

  describe('rectificationTimer', () => {
    const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
    const startTimer = async (deadline: string, remindBeforeSeconds: number) => {
      const input: RectificationTimerInput = { hazardId: uniqueName('hazard'), deadline, remindBeforeSeconds };
      const handle: WorkflowHandle = await client.workflow.start(rectificationTimerWorkflowType, {
        taskQueue,
        workflowId: rectificationTimerWorkflowId(input.hazardId),
        args: [input],
      });
      return { input, handle };
    };
    const events = (hazardId: string) => recordedTimerEvents(pool, hazardId);
    const summary = (rows: RecordedTimerEvent[]) => rows.map((r) => [r.kind, r.deadline, r.attempts]);
    const firedWhen = (hazardId: string, kind: string, deadline: string) =>
      waitFor(`the ${kind} of ${deadline}`, async () => (await events(hazardId)).find((e) => e.kind === kind && e.deadline === deadline), {
        timeoutMs: 20_000,
        intervalMs: 100,
      });

    it('reminds the lead time before the deadline, then marks it overdue at the deadline, each once', async () => {
      const deadline = inSeconds(4);
      const { input, handle } = await startTimer(deadline, 2);
      const reminded = await firedWhen(input.hazardId, 'reminded', deadline);
      const overdue = await firedWhen(input.hazardId, 'overdue', deadline);
      expect(reminded.fired_at.getTime()).toBeGreaterThanOrEqual(Date.parse(deadline) - 2_000);
      expect(reminded.fired_at.getTime()).toBeLessThan(Date.parse(deadline));
      expect(overdue.fired_at.getTime()).toBeGreaterThanOrEqual(Date.parse(deadline));
      // Nothing further once overdue: the timer waits for a new deadline or the close-out.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await handle.signal(hazardClosedSignal);
      await expect(handle.result()).resolves.toBeUndefined();
      expect(summary(await events(input.hazardId))).toEqual([
        ['reminded', deadline, 1],
        ['overdue', deadline, 1],
      ]);
    });

    it('starts over for a deadline moved after the reminder, and never marks the old one overdue', async () => {
      const first = inSeconds(5);
      const { input, handle } = await startTimer(first, 3);
      await firedWhen(input.hazardId, 'reminded', first);
      const moved = inSeconds(5);
      await handle.signal(rectificationDeadlineChangedSignal, moved);
      const reminded = await firedWhen(input.hazardId, 'reminded', moved);
      const overdue = await firedWhen(input.hazardId, 'overdue', moved);
      expect(Date.now()).toBeGreaterThan(Date.parse(first));
      expect(reminded.fired_at.getTime()).toBeGreaterThanOrEqual(Date.parse(moved) - 3_000);
      expect(overdue.fired_at.getTime()).toBeGreaterThanOrEqual(Date.parse(moved));
      await handle.signal(hazardClosedSignal);
      await handle.result();
      expect(summary(await events(input.hazardId))).toEqual([
        ['reminded', first, 1],
        ['reminded', moved, 1],
        ['overdue', moved, 1],
      ]);
    });

    it('ends without any event when the hazard is closed out while waiting for the reminder', async () => {
      const { input, handle } = await startTimer(inSeconds(3600), 60);
      await waitFor('the reminder timer to start', async () => (await handle.fetchHistory()).events?.some((e) => e.timerStartedEventAttributes));
      await handle.signal(hazardClosedSignal);
      await expect(handle.result()).resolves.toBeUndefined();
      expect((await handle.describe()).status.name).toBe('COMPLETED');
      expect(await events(input.hazardId)).toEqual([]);
    });

    it('reminds at once when the deadline is closer than the lead time, then marks it overdue at the deadline', async () => {
      const started = Date.now();
      const deadline = inSeconds(3);
      const { input, handle } = await startTimer(deadline, 60);
      const reminded = await firedWhen(input.hazardId, 'reminded', deadline);
      expect(reminded.fired_at.getTime()).toBeLessThan(Date.parse(deadline));
      expect(reminded.fired_at.getTime() - started).toBeLessThan(2_500);
      const overdue = await firedWhen(input.hazardId, 'overdue', deadline);
      expect(overdue.fired_at.getTime()).toBeGreaterThanOrEqual(Date.parse(deadline));
      await handle.signal(hazardClosedSignal);
      await handle.result();
      expect(summary(await events(input.hazardId))).toEqual([
        ['reminded', deadline, 1],
        ['overdue', deadline, 1],
      ]);
    });
  });

  describe('rewardPayment', () => {
    const startPayment = (rewardId: string) =>
      client.workflow.start(rewardPaymentWorkflowType, {
        taskQueue,
        workflowId: rewardPaymentWorkflowId(rewardId),
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [{ rewardId }],
      });

    it('retries a payment that fails twice until it succeeds: three calls, one payment', async () => {
      const rewardId = uniqueName('reward');
      paymentFailures.set(rewardId, 2);
      const handle = await startPayment(rewardId);
      await expect(handle.result()).resolves.toBeUndefined();
      expect(await recordedPayment(pool, rewardId)).toEqual({ attempts: 3, paid_at: expect.any(Date) });
    });

    it('refuses a second workflow for the same reward once the first has completed', async () => {
      const rewardId = uniqueName('reward');
      await (await startPayment(rewardId)).result();
      await expect(startPayment(rewardId)).rejects.toThrow(WorkflowExecutionAlreadyStartedError);
      expect(await recordedPayment(pool, rewardId)).toMatchObject({ attempts: 1 });
    });
  });
});
