import { Client as TemporalClient } from '@temporalio/client';
import { apiClient, Json } from './platform-env';
import { restartService, RunningService } from './service-process';
import { TestCity } from './test-city';
import { waitFor } from './wait-for';
import { holdWorkflowStarts } from './workflow-starts';

/**
 * Helpers for the tests that crash a service between the commit of a change and the start of its
 * workflow, and check that the workflow outbox starts every such workflow once, and never one whose
 * change rolled back.
 */

export interface StartsHeld {
  /** The instance running now: its changes commit with their starts recorded, and nothing is started. */
  service: RunningService;
  /** Kills it again (the crash between commit and start), lets starts go and starts it again; answers the new instance. */
  crashAndRelease: () => Promise<RunningService>;
  /** Lets starts go, if still held (for cleaning up after a failed test; the service keeps running). */
  release: () => Promise<void>;
}

/**
 * Kills the service with SIGKILL, holds its schema's workflow starts and starts it again: from now on
 * it is exactly a service that committed its changes and died before starting their workflows.
 */
export async function restartWithWorkflowStartsHeld(service: RunningService, databaseUrl: string, schema: string): Promise<StartsHeld> {
  await service.kill();
  // Postgres ends the killed instance's session, and with it its relay's lock, a moment after the process dies.
  const hold = await waitFor(`the workflow outbox relay lock of ${schema} to be free`, () => holdWorkflowStarts(databaseUrl, schema), { timeoutMs: 15_000 });
  let releasing: Promise<void> | undefined;
  const release = () => (releasing ??= hold.release());
  let held: RunningService;
  try {
    held = await restartService(service);
  } catch (err) {
    await release();
    throw err;
  }
  return {
    service: held,
    crashAndRelease: async () => {
      await held.kill();
      await release();
      return restartService(held);
    },
    release,
  };
}

/**
 * Kills the service and starts it again as if its relay had died after Temporal took the starts and
 * signals of these workflow outbox rows and before it marked them done (the one moment a relay can
 * deliver a row twice): the rows are pending again when the new instance starts.
 */
export async function restartAsIfDeliveriesUnrecorded(service: RunningService, sql: TestCity['sql'], schema: string, rowIds: string[]): Promise<RunningService> {
  await service.kill();
  await sql(`UPDATE ${schema}.workflow_outbox SET done_at = NULL WHERE id = ANY($1::bigint[])`, [rowIds]);
  return restartService(service);
}

/** Ids of the rows of a schema's workflow outbox not carried out yet, oldest first. */
export async function pendingWorkflowOutboxRowIds(sql: TestCity['sql'], schema: string): Promise<string[]> {
  return (await sql<{ id: string }>(`SELECT id::text FROM ${schema}.workflow_outbox WHERE done_at IS NULL ORDER BY id`)).map((r) => r.id);
}

/** Waits until a schema's workflow outbox has nothing left to do. */
export async function waitForWorkflowOutboxDone(sql: TestCity['sql'], schema: string, timeoutMs = 60_000): Promise<void> {
  await waitFor(`every start in ${schema}.workflow_outbox to be done`, async () => (await pendingWorkflowOutboxRowIds(sql, schema)).length === 0, { timeoutMs });
}

/** The rows of a schema's workflow outbox for one workflow id, oldest first. */
export function workflowOutboxRows(sql: TestCity['sql'], schema: string, workflowId: string): Promise<{ action: string; done: boolean }[]> {
  return sql(`SELECT action, done_at IS NOT NULL AS done FROM ${schema}.workflow_outbox WHERE workflow_id = $1 ORDER BY id`, [workflowId]);
}

/**
 * The run ids Temporal has for each workflow id. Visibility (the list) follows a start by a moment, so
 * this waits until it shows the latest run, which describe() answers at once: a second run is counted.
 */
export async function workflowRuns(client: TemporalClient, workflowIds: readonly string[]): Promise<Record<string, string[]>> {
  const runs: Record<string, string[]> = {};
  for (const workflowId of workflowIds) {
    runs[workflowId] = await waitFor(`the runs of ${workflowId} to be visible`, async () => {
      const latest = (await client.workflow.getHandle(workflowId).describe()).runId;
      const ids: string[] = [];
      for await (const run of client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) ids.push(run.runId);
      return ids.includes(latest) ? ids.sort() : undefined;
    });
  }
  return runs;
}

/** Waits until the approval chain waits at this step in this person's inbox of the service at `serviceUrl`. */
export function waitForInboxItem(serviceUrl: string, person: { token: string }, workflowId: string, stepId: string, timeoutMs = 60_000): Promise<Json> {
  return waitFor(
    `${workflowId} to wait at ${stepId} in the inbox`,
    async () => {
      const res = await apiClient(serviceUrl, person.token).get('/approvals/inbox?limit=100');
      return res.body?.items?.find((i: Json) => i.workflowId === workflowId && i.stepId === stepId);
    },
    { timeoutMs },
  );
}

/**
 * Runs `action` while any transaction that records a start (or signal) of this workflow fails when it
 * commits: a deferred constraint trigger on the workflow outbox raises at COMMIT, after every statement
 * of the change, the recorded start included. The change rolls back as a whole, as one that failed
 * for any other reason after its start was recorded. (Were the start recorded outside the change's
 * transaction, the change would commit.) Answers what `action` answered and how many commits were
 * refused, counted by a sequence, which a rollback does not undo.
 */
export async function withCommitRefused<T>(
  sql: TestCity['sql'],
  schema: string,
  workflowId: string,
  action: () => Promise<T>,
): Promise<{ result: T; commitsRefused: number }> {
  await sql(`CREATE SEQUENCE ${schema}.test_refused_commits`);
  await sql(
    `CREATE FUNCTION ${schema}.test_refuse_commit() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN PERFORM nextval('${schema}.test_refused_commits'); RAISE EXCEPTION 'test: this change may not commit'; END $$`,
  );
  await sql(
    `CREATE CONSTRAINT TRIGGER test_refuse_commit AFTER INSERT ON ${schema}.workflow_outbox DEFERRABLE INITIALLY DEFERRED
       FOR EACH ROW WHEN (NEW.workflow_id = '${workflowId.replace(/'/g, "''")}') EXECUTE FUNCTION ${schema}.test_refuse_commit()`,
  );
  try {
    const result = await action();
    const [{ refused }] = await sql<{ refused: number }>(`SELECT CASE WHEN is_called THEN last_value ELSE 0 END::int AS refused FROM ${schema}.test_refused_commits`);
    return { result, commitsRefused: refused };
  } finally {
    await sql(`DROP TRIGGER test_refuse_commit ON ${schema}.workflow_outbox`);
    await sql(`DROP FUNCTION ${schema}.test_refuse_commit()`);
    await sql(`DROP SEQUENCE ${schema}.test_refused_commits`);
  }
}
