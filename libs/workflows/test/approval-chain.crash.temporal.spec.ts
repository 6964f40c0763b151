import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Pool } from 'pg';
import { createTestDatabase, repositoryRoot, TEST_TEMPORAL_NAMESPACE, uniqueName, waitFor } from '@lc/testing';
import { approvalChainWorkflowId, approvalChainWorkflowType, ChainState, decideUpdate, DecisionRequest } from '../src';
import { fourLevelChain } from './fixtures/approval-chains';
import { createTransitionsTable, recordedTransitions } from './fixtures/recording-activities';

/** A worker process killed in the middle of a chain: after a restart the chain goes on, nothing doubled. */
describe('an approval chain whose worker is killed', () => {
  const taskQueue = uniqueName('approvals-crash');
  let database: { url: string; drop: () => Promise<void> };
  let pool: Pool;
  let connection: Connection;
  let client: Client;
  let worker: ChildProcess | undefined;

  /** Starts the worker in a process of its own and waits until it polls. */
  async function startWorker(): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'fixtures', 'approval-worker.process.ts')], {
      cwd: repositoryRoot,
      env: { ...process.env, TASK_QUEUE: taskQueue, TEST_DATABASE_URL: database.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (c) => (output += c));
    child.stderr?.on('data', (c) => (output += c));
    await waitFor('the worker process to be ready', () => output.includes('worker-ready') || (child.exitCode !== null && Promise.reject(new Error(output))), {
      timeoutMs: 60_000,
      intervalMs: 100,
    });
    return child;
  }

  function kill(child: ChildProcess): Promise<void> {
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase('approvalcrash');
    pool = new Pool({ connectionString: database.url, max: 2 });
    await createTransitionsTable(pool);
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    client = new Client({ connection, namespace: TEST_TEMPORAL_NAMESPACE });
  });

  afterAll(async () => {
    if (worker && worker.exitCode === null && worker.signalCode === null) await kill(worker);
    await connection?.close();
    await pool?.end();
    await database?.drop();
  });

  it('continues after a restart, each decision and transition exactly once', async () => {
    worker = await startWorker();
    const input = fourLevelChain(uniqueName('item'));
    const handle = await client.workflow.start(approvalChainWorkflowType, {
      taskQueue,
      workflowId: approvalChainWorkflowId(input.itemKind, input.itemId),
      args: [input],
    });
    const decide = (stepId: string, actorUserId: string, n: number) => {
      const request: DecisionRequest = { decisionId: `${handle.workflowId}-d${n}`, stepId, actorUserId, outcome: 'approve', opinion: '同意' };
      return handle.executeUpdate(decideUpdate, { args: [request], updateId: request.decisionId });
    };
    await decide('ent', 'u-ent', 1);
    await decide('town', 'u-town', 2);

    // Killed with the next decision in flight: whether or not the dead worker got to it, it counts once.
    const inFlight = decide('county', 'u-county', 3);
    await kill(worker);
    worker = await startWorker();
    expect(await inFlight).toMatchObject({ status: 'pending', currentStepId: 'city' });
    // The caller's retry of the same decision is answered, not applied again.
    expect(await decide('county', 'u-county', 3)).toMatchObject({ currentStepId: 'city' });

    await kill(worker);
    worker = await startWorker();
    await decide('city', 'u-city', 4);
    const final = (await handle.result()) as ChainState;
    expect(final.status).toBe('approved');
    expect(final.steps.map((s) => s.signatures.length)).toEqual([1, 1, 1, 1]);

    const recorded = await recordedTransitions(pool, handle.workflowId);
    expect(recorded.map((t) => [t.seq, t.kind, t.step_id])).toEqual([
      [1, 'submitted', null],
      [2, 'step-approved', 'ent'],
      [3, 'step-approved', 'town'],
      [4, 'step-approved', 'county'],
      [5, 'approved', 'city'],
    ]);
  });
});
