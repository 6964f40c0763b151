/**
 * Records the history of every path of the approval chain into libs/workflows/test/histories/, for the
 * replay test. Run it when a path is added, never to make a changed workflow pass: a workflow change
 * that breaks replay of these histories needs patched() instead.
 *
 *   node -r @swc-node/register libs/workflows/scripts/record-approval-histories.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection, WorkflowHandle } from '@temporalio/client';
import { Pool } from 'pg';
import { createTestDatabase, ensureInfrastructure, TEST_TEMPORAL_NAMESPACE, uniqueName, waitFor } from '@lc/testing';
import {
  ApprovalChainInput,
  approvalChainWorkflowId,
  approvalChainWorkflowType,
  decideUpdate,
  DecisionRequest,
  resubmitUpdate,
  withdrawUpdate,
} from '../src';
import { fourLevelChain, step } from '../test/fixtures/approval-chains';
import { startApprovalWorker } from '../test/fixtures/approval-worker';
import { createTransitionsTable, recordedTransitions } from '../test/fixtures/recording-activities';

type Path = (chain: { handle: WorkflowHandle; decide: (stepId: string, actor: string, outcome?: DecisionRequest['outcome'], extra?: Partial<DecisionRequest>) => Promise<unknown> }) => Promise<void>;

const paths: Record<string, { input?: (id: string) => ApprovalChainInput; run: Path }> = {
  'four-levels-approved': {
    run: async ({ decide }) => {
      for (const [s, a] of [['ent', 'u-ent'], ['town', 'u-town'], ['county', 'u-county'], ['city', 'u-city']]) await decide(s, a);
    },
  },
  'rejected-at-level-3': {
    run: async ({ decide }) => {
      await decide('ent', 'u-ent');
      await decide('town', 'u-town');
      await decide('county', 'u-county', 'reject');
    },
  },
  'returned-at-level-2-and-resubmitted': {
    run: async ({ handle, decide }) => {
      await decide('ent', 'u-ent');
      await decide('town', 'u-town', 'return');
      await handle.executeUpdate(resubmitUpdate, { args: [{ decisionId: 'resubmit-1', actorUserId: 'u-submitter', note: '已补充' }] });
      for (const [s, a] of [['town', 'u-town'], ['county', 'u-county'], ['city', 'u-city']]) await decide(s, a);
    },
  },
  withdrawn: {
    run: async ({ handle, decide }) => {
      await decide('ent', 'u-ent');
      await handle.executeUpdate(withdrawUpdate, { args: [{ decisionId: 'withdraw-1', actorUserId: 'u-submitter', reason: '重复申报' }] });
    },
  },
  'countersign-and-delegation': {
    input: (id) =>
      fourLevelChain(id, { steps: [step('ent', ['u-ent']), step('county', ['u-a', 'u-b', 'u-c'], { mode: 'countersign' }), step('city', ['u-city'])] }),
    run: async ({ decide }) => {
      await decide('ent', 'u-ent');
      await decide('county', 'u-a');
      await decide('county', 'u-deputy', 'approve', { onBehalfOf: 'u-b' });
      await decide('county', 'u-c');
      await decide('city', 'u-city');
    },
  },
  'reminded-and-escalated': {
    input: (id) => fourLevelChain(id, { steps: [step('ent', ['u-ent'], { reminderAfterSeconds: 1, deadlineSeconds: 2 }), step('city', ['u-city'])] }),
    run: async ({ handle, decide }) => {
      await waitFor('the escalation', async () => (await recordedTransitions(pool, handle.workflowId)).some((t) => t.kind === 'escalated'), { timeoutMs: 15_000 });
      await decide('ent', 'u-ent');
      await decide('city', 'u-city');
    },
  },
};

let pool: Pool;

async function main(): Promise<void> {
  ensureInfrastructure();
  const database = await createTestDatabase('histories');
  pool = new Pool({ connectionString: database.url, max: 2 });
  await createTransitionsTable(pool);
  const taskQueue = uniqueName('histories');
  const worker = await startApprovalWorker({ taskQueue, databaseUrl: database.url });
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
  const client = new Client({ connection, namespace: TEST_TEMPORAL_NAMESPACE });
  try {
    for (const [name, path] of Object.entries(paths)) {
      const input = (path.input ?? ((id: string) => fourLevelChain(id)))(`history-${name}`);
      const handle = await client.workflow.start(approvalChainWorkflowType, {
        taskQueue,
        workflowId: `${approvalChainWorkflowId(input.itemKind, input.itemId)}-${uniqueName('run')}`,
        args: [input],
      });
      let n = 0;
      await path.run({
        handle,
        decide: (stepId, actorUserId, outcome = 'approve', extra = {}) =>
          handle.executeUpdate(decideUpdate, {
            args: [{ decisionId: `d-${++n}`, stepId, actorUserId, outcome, opinion: outcome === 'approve' ? '同意' : '请补充材料', ...extra }],
          }),
      });
      await handle.result();
      const file = join(__dirname, '..', 'test', 'histories', `approval-chain.${name}.json`);
      // The protobuf message's own JSON (proto3 JSON: enum names, int64 as strings, bytes as base64).
      writeFileSync(file, `${JSON.stringify(await handle.fetchHistory(), null, 1)}\n`);
      console.log(`recorded ${name}`);
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
