/**
 * Records the history of every path of the awards workflows (publicityPeriod) into
 * libs/workflows/test/histories/, for the replay test. Run it when a path is added, never to make a
 * changed workflow pass: a workflow change that breaks replay of these histories needs patched() instead.
 *
 *   node -r @swc-node/register libs/workflows/scripts/record-award-histories.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection, WorkflowHandle } from '@temporalio/client';
import { Pool } from 'pg';
import { createTestDatabase, ensureInfrastructure, TEST_TEMPORAL_NAMESPACE, uniqueName, waitFor } from '@lc/testing';
import {
  lodgeObjectionUpdate,
  lodgeObjectionUpdateId,
  PublicityPeriodInput,
  publicityPeriodWorkflowId,
  publicityPeriodWorkflowType,
  publicityStateQuery,
  ruleOnObjectionUpdate,
  ruleOnObjectionUpdateId,
} from '../src';
import { createAwardsTables } from '../test/fixtures/awards-recording-activities';
import { startAwardsWorker } from '../test/fixtures/awards-worker';

const lodge = (handle: WorkflowHandle, objectionId: string) =>
  handle.executeUpdate(lodgeObjectionUpdate, { args: [{ objectionId }], updateId: lodgeObjectionUpdateId(objectionId) });
const rule = (handle: WorkflowHandle, objectionId: string, upheld: boolean) =>
  handle.executeUpdate(ruleOnObjectionUpdate, { args: [{ objectionId, upheld }], updateId: ruleOnObjectionUpdateId(objectionId, upheld) });

type PublicityPath = { periodSeconds: number; run: (handle: WorkflowHandle) => Promise<void> };

const publicityPaths: Record<string, PublicityPath> = {
  'passed-without-objection': { periodSeconds: 2, run: async () => undefined },
  'withdrawn-objection-upheld': {
    periodSeconds: 3600,
    run: async (handle) => {
      await lodge(handle, 'o-1');
      await rule(handle, 'o-1', true);
    },
  },
  'passed-objection-dismissed': {
    periodSeconds: 3,
    run: async (handle) => {
      await lodge(handle, 'o-1');
      await rule(handle, 'o-1', false);
    },
  },
  'passed-after-pending-ruling': {
    periodSeconds: 2,
    run: async (handle) => {
      await lodge(handle, 'o-1');
      await waitFor('the end of the period', async () => (await handle.query(publicityStateQuery)).ended, { timeoutMs: 20_000 });
      await rule(handle, 'o-1', false);
    },
  },
};

async function main(): Promise<void> {
  ensureInfrastructure();
  const database = await createTestDatabase('histories');
  const pool = new Pool({ connectionString: database.url, max: 2 });
  await createAwardsTables(pool);
  const taskQueue = uniqueName('histories');
  const worker = await startAwardsWorker({ taskQueue, databaseUrl: database.url });
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
  const client = new Client({ connection, namespace: TEST_TEMPORAL_NAMESPACE });
  try {
    for (const [name, path] of Object.entries(publicityPaths)) {
      const input: PublicityPeriodInput = { nominationId: `history-${name}`, periodSeconds: path.periodSeconds };
      const handle = await client.workflow.start(publicityPeriodWorkflowType, {
        taskQueue,
        workflowId: `${publicityPeriodWorkflowId(input.nominationId)}-${uniqueName('run')}`,
        args: [input],
      });
      await path.run(handle);
      await handle.result();
      const file = `publicity-period.${name}.json`;
      // The protobuf message's own JSON (proto3 JSON: enum names, int64 as strings, bytes as base64).
      writeFileSync(join(__dirname, '..', 'test', 'histories', file), `${JSON.stringify(await handle.fetchHistory(), null, 1)}\n`);
      console.log(`recorded ${file}`);
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
