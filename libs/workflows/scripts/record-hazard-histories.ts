/**
 * Records the history of every path of the hazard workflows (rectificationTimer, rewardPayment) into
 * libs/workflows/test/histories/, for the replay test. Run it when a path is added, never to make a
 * changed workflow pass: a workflow change that breaks replay of these histories needs patched() instead.
 *
 *   node -r @swc-node/register libs/workflows/scripts/record-hazard-histories.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection, WorkflowHandle } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { Pool } from 'pg';
import { createTestDatabase, ensureInfrastructure, TEST_TEMPORAL_NAMESPACE, uniqueName, waitFor } from '@lc/testing';
import {
  hazardClosedSignal,
  rectificationDeadlineChangedSignal,
  RectificationTimerInput,
  rectificationTimerWorkflowId,
  rectificationTimerWorkflowType,
  RewardPaymentInput,
  rewardPaymentWorkflowId,
  rewardPaymentWorkflowType,
} from '../src';
import { createHazardTables, recordedTimerEvents } from '../test/fixtures/hazard-recording-activities';
import { startHazardWorker } from '../test/fixtures/hazard-worker';

/** A deadline seconds away, as the service sends it (ISO 8601). */
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

let pool: Pool;
const fired = (hazardId: string, kind: string, deadline: string) =>
  waitFor(`the ${kind} of ${deadline}`, async () => (await recordedTimerEvents(pool, hazardId)).some((e) => e.kind === kind && e.deadline === deadline), {
    timeoutMs: 20_000,
  });

type TimerPath = { input: (hazardId: string) => RectificationTimerInput; run: (handle: WorkflowHandle, input: RectificationTimerInput) => Promise<void> };
type PaymentPath = { failures: number };

const timerPaths: Record<string, TimerPath> = {
  'reminded-overdue-closed': {
    input: (hazardId) => ({ hazardId, deadline: inSeconds(2), remindBeforeSeconds: 1 }),
    run: async (handle, { hazardId, deadline }) => {
      await fired(hazardId, 'overdue', deadline);
      await handle.signal(hazardClosedSignal);
    },
  },
  'deadline-moved-then-closed': {
    input: (hazardId) => ({ hazardId, deadline: inSeconds(2), remindBeforeSeconds: 1 }),
    run: async (handle, { hazardId, deadline }) => {
      await fired(hazardId, 'reminded', deadline);
      const moved = inSeconds(2);
      await handle.signal(rectificationDeadlineChangedSignal, moved);
      await fired(hazardId, 'overdue', moved);
      await handle.signal(hazardClosedSignal);
    },
  },
  'closed-before-reminder': {
    input: (hazardId) => ({ hazardId, deadline: inSeconds(3600), remindBeforeSeconds: 60 }),
    run: async (handle) => {
      await waitFor('the reminder timer to start', async () => (await handle.fetchHistory()).events?.some((e) => e.timerStartedEventAttributes));
      await handle.signal(hazardClosedSignal);
    },
  },
};

const paymentPaths: Record<string, PaymentPath> = {
  paid: { failures: 0 },
  'paid-after-retries': { failures: 2 },
};

async function main(): Promise<void> {
  ensureInfrastructure();
  const database = await createTestDatabase('histories');
  pool = new Pool({ connectionString: database.url, max: 2 });
  await createHazardTables(pool);
  const taskQueue = uniqueName('histories');
  const failures = new Map(Object.entries(paymentPaths).map(([name, path]) => [`history-${name}`, path.failures]));
  const worker = await startHazardWorker({ taskQueue, databaseUrl: database.url, paymentFailures: (rewardId) => failures.get(rewardId) ?? 0 });
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
  const client = new Client({ connection, namespace: TEST_TEMPORAL_NAMESPACE });
  const save = async (file: string, handle: WorkflowHandle) => {
    await handle.result();
    // The protobuf message's own JSON (proto3 JSON: enum names, int64 as strings, bytes as base64).
    writeFileSync(join(__dirname, '..', 'test', 'histories', file), `${JSON.stringify(await handle.fetchHistory(), null, 1)}\n`);
    console.log(`recorded ${file}`);
  };
  try {
    for (const [name, path] of Object.entries(timerPaths)) {
      const input = path.input(`history-${name}`);
      const handle = await client.workflow.start(rectificationTimerWorkflowType, {
        taskQueue,
        workflowId: `${rectificationTimerWorkflowId(input.hazardId)}-${uniqueName('run')}`,
        args: [input],
      });
      await path.run(handle, input);
      await save(`rectification-timer.${name}.json`, handle);
    }
    for (const name of Object.keys(paymentPaths)) {
      const input: RewardPaymentInput = { rewardId: `history-${name}` };
      const handle = await client.workflow.start(rewardPaymentWorkflowType, {
        taskQueue,
        workflowId: `${rewardPaymentWorkflowId(input.rewardId)}-${uniqueName('run')}`,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [input],
      });
      await save(`reward-payment.${name}.json`, handle);
    }
  } finally {
    await worker.stop();
    await connection.close();
    await pool.end();
    await database.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
