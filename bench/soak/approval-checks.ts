/**
 * Approval chains against the items they approve. Every approval workflow in the soak's Temporal
 * (listed through visibility) must have its item (the reward or the nomination) in the database, and
 * every item waiting for approval must have its workflow; each workflow's transitions, recorded by
 * its activity in <schema>.approval_transitions, must be recorded once each and match the transitions
 * the workflow itself reports (its chain state query).
 */
import { Client, Connection, WorkflowExecutionInfo } from '@temporalio/client';
import { TEST_TEMPORAL_NAMESPACE } from '@lc/testing';
import { ChainState, chainStateQuery } from '@lc/workflows';
import { Check, check, guarded } from './check';
import { Sql } from './db';
import { sleep } from './log';

interface ApprovalWorkflow {
  workflowId: string;
  status: string;
  schema: string;
}

/** Which service's schema an approval belongs to, from the task queue it runs on. */
function schemaOf(info: WorkflowExecutionInfo, prefix: string): string {
  return info.taskQueue.slice(prefix.length).replace(/-/g, '_');
}

const REWARD_PREFIX = 'approval-hazard-reward-';
const NOMINATION_PREFIX = 'approval-nomination-';

async function listApprovals(client: Client, prefix: string): Promise<ApprovalWorkflow[]> {
  const list: ApprovalWorkflow[] = [];
  for await (const info of client.workflow.list({ query: `WorkflowType = 'approvalChain'` })) {
    if (!info.taskQueue.startsWith(prefix)) continue;
    list.push({ workflowId: info.workflowId, status: info.status.name, schema: schemaOf(info, prefix) });
  }
  return list;
}

async function itemChecks(sql: Sql, workflows: ApprovalWorkflow[]): Promise<Check> {
  const byId = new Map(workflows.map((w) => [w.workflowId, w]));
  const rewards = await sql<{ id: string; status: string; approval_workflow_id: string | null }>(
    `SELECT id, status, approval_workflow_id FROM hazard_reward.rewards WHERE approval_workflow_id IS NOT NULL OR status = 'awaiting_approval'`,
  );
  const nominations = await sql<{ id: string; status: string; approval_workflow_id: string | null }>(
    `SELECT id, status, approval_workflow_id FROM awards.nominations WHERE approval_workflow_id IS NOT NULL`,
  );
  const rewardIds = new Set((await sql<{ id: string }>(`SELECT id FROM hazard_reward.rewards`)).map((r) => r.id));
  const nominationIds = new Set((await sql<{ id: string }>(`SELECT id FROM awards.nominations`)).map((r) => r.id));

  // Workflows whose item is not in the database: started, and then the item's transaction rolled back.
  const orphans = workflows.filter(
    (w) =>
      (w.workflowId.startsWith(REWARD_PREFIX) && !rewardIds.has(w.workflowId.slice(REWARD_PREFIX.length))) ||
      (w.workflowId.startsWith(NOMINATION_PREFIX) && !nominationIds.has(w.workflowId.slice(NOMINATION_PREFIX.length))),
  );
  // Items that wait for an approval that does not exist, or does not run.
  const waitingWithout = [
    ...rewards
      .filter((r) => r.status === 'awaiting_approval' && (!r.approval_workflow_id || byId.get(r.approval_workflow_id)?.status !== 'RUNNING'))
      .map((r) => `reward ${r.id}: ${r.approval_workflow_id ? `workflow ${byId.get(r.approval_workflow_id)?.status ?? 'missing'}` : 'no workflow'}`),
    ...nominations
      .filter((n) => n.status === 'submitted' && byId.get(n.approval_workflow_id!)?.status !== 'RUNNING')
      .map((n) => `nomination ${n.id}: workflow ${byId.get(n.approval_workflow_id!)?.status ?? 'missing'}`),
  ];
  const named = [...rewards, ...nominations].filter((r) => r.approval_workflow_id && !byId.has(r.approval_workflow_id));
  const kinds = new Map<string, number>();
  for (const w of workflows) kinds.set(`${w.schema} ${w.status.toLowerCase()}`, (kinds.get(`${w.schema} ${w.status.toLowerCase()}`) ?? 0) + 1);
  return check(
    'approvals: no workflow without its item, no waiting item without its workflow',
    orphans.length === 0 && waitingWithout.length === 0 && named.length === 0,
    `approval workflows ${workflows.length} (${[...kinds.entries()].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}); ` +
      `without their item ${orphans.length}, items waiting without a running workflow ${waitingWithout.length}, items naming a workflow Temporal does not have ${named.length}`,
    { orphans: orphans.slice(0, 10).map((o) => `${o.workflowId} (${o.status})`), waitingWithout: waitingWithout.slice(0, 10), named: named.slice(0, 10).map((n) => n.approval_workflow_id) },
  );
}

/** How long a mismatched workflow's pending activity (recording the transition) is given to finish. */
const PENDING_ACTIVITY_WAIT_MS = 30_000;

/** The workflow's activities still pending, each as 'type, attempt n, last failure …'. */
async function pendingActivities(client: Client, workflowId: string): Promise<string[]> {
  const { raw } = await client.workflow.getHandle(workflowId).describe();
  return (raw.pendingActivities ?? []).map(
    (a) => `${a.activityType?.name ?? 'activity'}, attempt ${a.attempt ?? '?'}${a.lastFailure?.message ? `, last failure: ${a.lastFailure.message.slice(0, 160)}` : ''}`,
  );
}

async function pendingActivitiesDone(client: Client, workflowId: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  do {
    await sleep(2000);
    if ((await pendingActivities(client, workflowId).catch(() => [])).length === 0) return;
  } while (Date.now() < deadline);
}

async function transitionChecks(sql: Sql, client: Client, workflows: ApprovalWorkflow[], sampleSize: number): Promise<Check> {
  const chosen = sampleSize > 0 && workflows.length > sampleSize ? [...workflows].sort(() => Math.random() - 0.5).slice(0, sampleSize) : workflows;
  const recorded = async (w: ApprovalWorkflow) =>
    (await sql<{ seq: number }>(`SELECT seq FROM ${w.schema}.approval_transitions WHERE workflow_id = $1 ORDER BY seq`, [w.workflowId])).map((r) => r.seq);
  const duplicates = await Promise.all(
    [...new Set(workflows.map((w) => w.schema))].map(
      async (schema) => (await sql(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${schema}.approval_transitions GROUP BY workflow_id, seq HAVING count(*) > 1) d`))[0].n as number,
    ),
  );
  const mismatched: string[] = [];
  const unqueryable: string[] = [];
  let transitions = 0;
  const compare = async (w: ApprovalWorkflow, again: boolean): Promise<void> => {
    let state: ChainState;
    try {
      state = await client.workflow.getHandle(w.workflowId).query(chainStateQuery);
    } catch (err) {
      unqueryable.push(`${w.workflowId}: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    const fromWorkflow = state.transitions.map((t) => t.seq).sort((a, b) => a - b);
    const inDatabase = await recorded(w);
    if (fromWorkflow.join(',') === inDatabase.join(',')) {
      transitions += fromWorkflow.length;
      return;
    }
    // A transition's activity may still be on its way (retrying after a fault): give it a while, then look again.
    if (!again) {
      await pendingActivitiesDone(client, w.workflowId, PENDING_ACTIVITY_WAIT_MS);
      return compare(w, true);
    }
    const pending = await pendingActivities(client, w.workflowId).catch(() => []);
    mismatched.push(
      `${w.workflowId}: workflow has ${fromWorkflow.length} [${fromWorkflow.join(',')}], database ${inDatabase.length} [${inDatabase.join(',')}]` +
        (pending.length ? `; activity still pending: ${pending.join('; ')}` : ''),
    );
  };
  for (let i = 0; i < chosen.length; i += 4) await Promise.all(chosen.slice(i, i + 4).map((w) => compare(w, false)));
  const duplicateRows = duplicates.reduce((a, b) => a + b, 0);
  return check(
    'approval transitions: recorded once each, as the workflow reports them',
    duplicateRows === 0 && mismatched.length === 0 && unqueryable.length === 0,
    `${chosen.length} of ${workflows.length} workflows compared, ${transitions} transitions matched; (workflow_id, seq) recorded more than once ${duplicateRows}, ` +
      `workflows whose transitions differ ${mismatched.length}, not answering the state query ${unqueryable.length}`,
    { mismatched: mismatched.slice(0, 10), unqueryable: unqueryable.slice(0, 10) },
  );
}

export async function approvalChecks(sql: Sql, temporalAddress: string, prefix: string, sampleSize: number): Promise<Check[]> {
  let connection: Connection | undefined;
  try {
    connection = await Connection.connect({ address: temporalAddress });
    // The soak's services run with the test harness's settings, in the tests' namespace.
    const client = new Client({ connection, namespace: TEST_TEMPORAL_NAMESPACE });
    const workflows = await listApprovals(client, prefix);
    return [
      ...(await guarded('approvals: items', () => itemChecks(sql, workflows))),
      ...(await guarded('approval transitions', () => transitionChecks(sql, client, workflows, sampleSize))),
    ];
  } catch (err) {
    return [check('approvals', false, `could not be checked: ${err instanceof Error ? err.message : String(err)}`)];
  } finally {
    await connection?.close();
  }
}
