import { Client, Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';

/**
 * The Temporal namespace every test, test city and the journeys' demo city run their workflows in, so
 * that the demo city `npm start` runs stays alone in `default` (and in the Temporal UI's first page).
 */
export const TEST_TEMPORAL_NAMESPACE = 'lc-test';

/** How long the tests' workflow histories are kept once closed. */
const RETENTION = '1 day';

function temporalAddress(): string {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address) throw new Error('TEMPORAL_ADDRESS is not set: run the tests through jest, whose global setup starts the servers');
  return address;
}

const grpcCode = (err: unknown): number | undefined => (err as { code?: number }).code;
const NOT_FOUND = 5;
const ALREADY_EXISTS = 6;

/**
 * Registers the tests' namespace when the server lacks it (servers started before it was made at
 * start), and waits until the frontend serves it: a worker polling a namespace it does not know yet fails.
 */
export async function ensureTestTemporalNamespace(address = temporalAddress()): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    const namespace = TEST_TEMPORAL_NAMESPACE;
    try {
      await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs(RETENTION) });
    } catch (err) {
      if (grpcCode(err) !== ALREADY_EXISTS) throw err;
    }
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        await connection.workflowService.listWorkflowExecutions({ namespace, pageSize: 1 });
        return;
      } catch (err) {
        if (grpcCode(err) !== NOT_FOUND || Date.now() > deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  } finally {
    await connection.close();
  }
}

/** A client of the tests' namespace on the tests' Temporal server. */
export async function testTemporalClient(): Promise<{ client: Client; connection: Connection; close: () => Promise<void> }> {
  const connection = await Connection.connect({ address: temporalAddress() });
  return { client: new Client({ connection, namespace: TEST_TEMPORAL_NAMESPACE }), connection, close: () => connection.close() };
}

/**
 * Terminates the workflows still running on task queues of a test city's prefix (approval chains waiting
 * for a decision nobody will make, timers): the city is gone, its workers with it. Returns how many.
 */
export async function terminateTestWorkflows(taskQueuePrefix: string): Promise<number> {
  const { client, close } = await testTemporalClient();
  try {
    const running = client.workflow.list({ query: `ExecutionStatus = 'Running' AND TaskQueue STARTS_WITH '${taskQueuePrefix}'` });
    let terminated = 0;
    for await (const workflow of running) {
      await client.workflow
        .getHandle(workflow.workflowId, workflow.runId)
        .terminate('the test city that ran it stopped')
        .then(() => (terminated += 1))
        .catch(() => undefined); // ended meanwhile
    }
    return terminated;
  } finally {
    await close();
  }
}

/**
 * terminateTestWorkflows for a city's stop: a Temporal server a test stopped, or one slow to answer,
 * must not keep the city from stopping (what is left then ends with the namespace's retention).
 */
export async function terminateTestWorkflowsQuietly(taskQueuePrefix: string, timeoutMs = 15_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    terminateTestWorkflows(taskQueuePrefix).catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
  ]);
  clearTimeout(timer);
}
