/**
 * Approval chain benchmark: N concurrent 4-level chains, each decided level by level by a driver (one
 * `decide` update per level, timed from send to answer), beside a trivial one-activity workflow
 * (bench/one-activity.workflow.ts) measured in the same run on the same Temporal server.
 *
 *   npm run bench:approvals      (200 chains, 50 at a time; BENCH_CHAINS=n, BENCH_CONCURRENCY=n to change)
 *
 * One worker of each runs in this process on a task queue of its own, the chain's with the real workflow code; the
 * chain's activity records each transition into a fresh Postgres database, the baseline's activity does
 * nothing. A few of each run first, unmeasured, so that neither part pays for the workers' cold start.
 * Starts the local infrastructure when DATABASE_URL etc. are not set. Prints its figures as JSON; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { Client, Connection, WorkflowHandle } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { Pool } from 'pg';
import { createTestDatabase, ensureInfrastructure, TEST_TEMPORAL_NAMESPACE, uniqueName } from '@lc/testing';
import {
  approvalChainWorkflowId,
  approvalChainWorkflowType,
  ChainState,
  DecisionRequest,
  decideUpdate,
} from '@lc/workflows';
import type { oneActivity, OneActivityActivities } from './one-activity.workflow';

/** The baseline's workflow type: the function's name in its bundle. */
const oneActivityType = 'oneActivity';
// The chain and the recording worker the workflow's own tests use; test fixtures are not part of the
// library's public API, so they are reached by path.
/* eslint-disable @nx/enforce-module-boundaries */
import { fourLevelChain } from '../libs/workflows/test/fixtures/approval-chains';
import { startApprovalWorker } from '../libs/workflows/test/fixtures/approval-worker';
import { createTransitionsTable } from '../libs/workflows/test/fixtures/recording-activities';
/* eslint-enable @nx/enforce-module-boundaries */

const CHAINS = Number(process.env.BENCH_CHAINS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const WARMUP = 5;

interface Latency {
  p50: number;
  p99: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1]) };
}

/** Runs task(0..count-1) with at most `concurrency` in flight; the wall time in seconds. */
async function runConcurrently(count: number, concurrency: number, task: (n: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(count, concurrency) }, lane));
  return (performance.now() - started) / 1000;
}

const benchActivities: OneActivityActivities = { touch: async (id) => id };

/** A worker of the one-activity workflow alone, whose activity does nothing. */
async function startBaselineWorker(taskQueue: string) {
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS });
  const worker = await Worker.create({ connection, namespace: TEST_TEMPORAL_NAMESPACE, taskQueue, workflowsPath: require.resolve('./one-activity.workflow'), activities: benchActivities });
  const running = worker.run();
  return {
    stop: async () => {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}

async function main(): Promise<void> {
  ensureInfrastructure();
  const prefix = uniqueName('bench');
  const approvalsQueue = `${prefix}-approvals`;
  const baselineQueue = `${prefix}-baseline`;
  process.stderr.write(`approval chain benchmark: ${CHAINS} chains of 4 levels and ${CHAINS} trivial workflows, ${CONCURRENCY} at a time\n`);

  const database = await createTestDatabase('bench_approvals');
  const pool = new Pool({ connectionString: database.url, max: 2 });
  let approvalWorker: { stop: () => Promise<void> } | undefined;
  let baselineWorker: { stop: () => Promise<void> } | undefined;
  let connection: Connection | undefined;
  try {
    await createTransitionsTable(pool);
    [approvalWorker, baselineWorker] = await Promise.all([
      startApprovalWorker({ taskQueue: approvalsQueue, databaseUrl: database.url }),
      startBaselineWorker(baselineQueue),
    ]);
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    const client = new Client({ connection, namespace: TEST_TEMPORAL_NAMESPACE });

    const chain = async (itemId: string, decisionMs: number[] | null): Promise<ChainState> => {
      const input = fourLevelChain(itemId);
      const handle = (await client.workflow.start(approvalChainWorkflowType, {
        taskQueue: approvalsQueue,
        workflowId: approvalChainWorkflowId(input.itemKind, input.itemId),
        args: [input],
      })) as WorkflowHandle<(i: typeof input) => Promise<ChainState>>;
      for (const step of input.steps) {
        const request: DecisionRequest = {
          decisionId: `${itemId}-${step.stepId}`,
          stepId: step.stepId,
          actorUserId: step.approvers[0],
          outcome: 'approve',
          opinion: '同意',
        };
        const sent = performance.now();
        await handle.executeUpdate(decideUpdate, { args: [request], updateId: request.decisionId });
        decisionMs?.push(performance.now() - sent);
      }
      return handle.result();
    };

    const baseline = async (id: string): Promise<string> =>
      client.workflow.execute<typeof oneActivity>(oneActivityType, { taskQueue: baselineQueue, workflowId: `bench-one-activity-${id}`, args: [id] });

    await runConcurrently(WARMUP, WARMUP, async (n) => {
      await Promise.all([chain(`${prefix}-warmup-${n}`, null), baseline(`${prefix}-warmup-${n}`)]);
    });

    const workflowMs: number[] = [];
    const baselineSeconds = await runConcurrently(CHAINS, CONCURRENCY, async (n) => {
      const started = performance.now();
      await baseline(`${prefix}-${n}`);
      workflowMs.push(performance.now() - started);
    });

    const decisionMs: number[] = [];
    const chainMs: number[] = [];
    let approved = 0;
    const chainSeconds = await runConcurrently(CHAINS, CONCURRENCY, async (n) => {
      const started = performance.now();
      const final = await chain(`${prefix}-${n}`, decisionMs);
      chainMs.push(performance.now() - started);
      if (final.status === 'approved') approved += 1;
    });

    const [{ transitions }] = (
      await pool.query(`SELECT count(*)::int AS transitions FROM approval_transitions WHERE workflow_id NOT LIKE '%-warmup-%'`)
    ).rows;
    const figures = {
      settings: { chains: CHAINS, concurrency: CONCURRENCY, levels: 4, warmup: WARMUP },
      approvalChains: {
        seconds: Number(chainSeconds.toFixed(2)),
        chainsPerSecond: Number((CHAINS / chainSeconds).toFixed(1)),
        decisionsPerSecond: Number((decisionMs.length / chainSeconds).toFixed(1)),
        decisionMs: latency(decisionMs),
        chainMs: latency(chainMs),
        approved,
        transitionsRecorded: transitions,
      },
      baseline: {
        workflow: oneActivityType,
        seconds: Number(baselineSeconds.toFixed(2)),
        workflowsPerSecond: Number((CHAINS / baselineSeconds).toFixed(1)),
        workflowMs: latency(workflowMs),
      },
    };
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    await approvalWorker?.stop();
    await baselineWorker?.stop();
    await connection?.close();
    await pool.end();
    await database.drop();
  }
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
