import { Client as TemporalClient, WorkflowNotFoundError } from '@temporalio/client';
import { Client } from 'pg';
import { waitFor } from './wait-for';

/**
 * Keeps every instance of a service from starting workflows, as if the instance that committed a
 * change had died before starting its workflow: a connection of the test's own takes the session lock
 * the service's workflow outbox relay needs (the service must not hold it at that moment: start the
 * hold before the service starts, or while it is down). Changes still commit with their starts
 * recorded; nothing reaches Temporal until `release`.
 */
export async function holdWorkflowStarts(databaseUrl: string, schema: string): Promise<{ release: () => Promise<void> }> {
  const client = new Client({ connectionString: databaseUrl });
  // The test database may be dropped while the hold is kept (a failed test): that is no error of the test's.
  client.on('error', () => undefined);
  await client.connect();
  const { rows } = await client.query(`SELECT pg_try_advisory_lock(hashtext('workflow-outbox-relay'), hashtext($1)) AS locked`, [schema]);
  if (!rows[0].locked) {
    await client.end();
    throw new Error(`the workflow outbox relay of ${schema} holds its lock: hold the starts while the service is down`);
  }
  return { release: () => client.end() };
}

/** Workflow starts (and signals) recorded in a schema's workflow outbox and not carried out yet. */
export async function pendingWorkflowStarts(sql: (text: string, params?: unknown[]) => Promise<{ workflow_id: string; action: string }[]>, schema: string) {
  return sql(`SELECT workflow_id, action FROM ${schema}.workflow_outbox WHERE done_at IS NULL ORDER BY id`);
}

/** The status of a workflow's latest run ('RUNNING', 'COMPLETED'…), or null when there is none. */
export async function workflowStatus(client: TemporalClient, workflowId: string): Promise<string | null> {
  try {
    return (await client.workflow.getHandle(workflowId).describe()).status.name;
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return null;
    throw err;
  }
}

/** Waits until a workflow exists (running or already finished), and returns its status. */
export function workflowStarted(client: TemporalClient, workflowId: string, timeoutMs = 60_000): Promise<string> {
  return waitFor(`workflow ${workflowId} to be started`, async () => (await workflowStatus(client, workflowId)) ?? undefined, { timeoutMs });
}
