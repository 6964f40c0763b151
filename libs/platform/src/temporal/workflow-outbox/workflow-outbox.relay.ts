import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { backoffDelay, CommitDoorbell, DedicatedConnection, errorMessage, MessagingLogger, WorkLoop, WorkLoopStatus } from '@lc/messaging';
import { WORKFLOW_OUTBOX_NOTIFY_CHANNEL } from './workflow-outbox';

interface WorkflowOutboxRow {
  id: string;
  action: 'start' | 'signal-with-start' | 'signal';
  workflow_id: string;
  workflow_type: string | null;
  task_queue: string | null;
  args: unknown[];
  signal_name: string | null;
  signal_args: unknown[];
  id_reuse: 'never' | 'after-close';
  attempts: number;
  due: boolean;
}

export interface WorkflowOutboxRelayOptions {
  dataSource: DataSource;
  temporal: Client;
  logger: MessagingLogger;
  /** Shown in pg_stat_activity for the relay's own connection. */
  name?: string;
  batchSize?: number;
  /** Workflows delivered at once; one workflow's rows always one after the other. */
  concurrency?: number;
  pollIntervalMs?: number;
  /** The doorbell the workflow outbox of this process rings: the relay answers it while it leads. */
  doorbell?: CommitDoorbell;
}

const LEADER_LOCK = 'workflow-outbox-relay';
/** A run started for a row says so in its memo, so a retry can tell its own start from an earlier run's. */
const MEMO_KEY = 'workflowOutboxRow';
const RETRY = { initialMs: 500, maxMs: 30_000, jitter: 0.2 };

/**
 * Carries out the starts and signals recorded in workflow_outbox, after their transactions committed:
 * one relay per schema at a time (a session lock on a connection of its own), no transaction open
 * while Temporal is called. A row is marked done once Temporal accepted it, or answered that it was
 * done already (the workflow id is taken, the workflow to signal has ended). A row Temporal could not
 * take is tried again later with a growing delay, and the rows after it for the same workflow wait
 * for it, so a workflow gets its starts and signals in the order they were recorded.
 */
export class WorkflowOutboxRelay {
  private readonly connection: DedicatedConnection;
  private readonly loop: WorkLoop;
  private readonly batchSize: number;
  private schema?: string;

  constructor(private readonly options: WorkflowOutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 200;
    this.connection = DedicatedConnection.of(options.dataSource, options.name ?? 'workflow-outbox-relay');
    this.connection.listen(WORKFLOW_OUTBOX_NOTIFY_CHANNEL, (schema) => {
      if (schema === this.schema) this.loop.wake();
    });
    this.loop = new WorkLoop({
      name: 'workflow-outbox-relay',
      logger: options.logger,
      // A commit wakes it (in process, or by NOTIFY from another); the poll is the fallback, and picks up rows whose retry is due.
      pollIntervalMs: options.pollIntervalMs ?? 1_000,
      round: () => this.round(),
    });
    options.doorbell?.answerWith({ leading: () => this.connection.holds(LEADER_LOCK), wake: () => this.loop.wake() });
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    this.options.doorbell?.answerWith(undefined);
    await this.loop.stop();
    await this.connection.close();
  }

  status(): WorkLoopStatus & { leading: boolean } {
    return { ...this.loop.status(), leading: this.connection.holds(LEADER_LOCK) };
  }

  private async round(): Promise<'more' | 'idle'> {
    this.schema ??= (await this.connection.query<{ s: string }>(`SELECT current_schema() AS s`))[0].s;
    if (!(await this.connection.tryLock(LEADER_LOCK))) return 'idle';
    const rows = await this.connection.query<WorkflowOutboxRow>(
      `SELECT id, action, workflow_id, workflow_type, task_queue, args, signal_name, signal_args, id_reuse, attempts,
              (next_attempt_at IS NULL OR next_attempt_at <= clock_timestamp()) AS due
         FROM workflow_outbox WHERE done_at IS NULL ORDER BY id LIMIT $1`,
      [this.batchSize],
    );
    if (rows.length === 0) return 'idle';
    const done: string[] = [];
    const groups = [...groupByWorkflow(rows).values()];
    await forEachConcurrently(groups, this.options.concurrency ?? 8, async (group) => {
      for (const row of group) {
        if (!row.due) return; // backing off: this workflow's later rows wait for it
        try {
          await this.deliver(row);
          done.push(row.id);
        } catch (err) {
          await this.postpone(row, err);
          return;
        }
      }
    });
    if (done.length > 0) {
      await this.connection.query(`UPDATE workflow_outbox SET done_at = clock_timestamp(), last_error = NULL WHERE id = ANY($1::bigint[])`, [done]);
    }
    return rows.length === this.batchSize && done.length > 0 ? 'more' : 'idle';
  }

  private async deliver(row: WorkflowOutboxRow): Promise<void> {
    const { workflow } = this.options.temporal;
    const memo = { [MEMO_KEY]: `${this.schema}:${row.id}` };
    if (row.action === 'signal') {
      try {
        await workflow.getHandle(row.workflow_id).signal(row.signal_name as string, ...row.signal_args);
      } catch (err) {
        if (!(err instanceof WorkflowNotFoundError)) throw err; // it has ended: nothing left to tell it
      }
      return;
    }
    if (row.id_reuse === 'after-close' && (await this.startedByThisRow(row, memo[MEMO_KEY]))) return;
    const options = {
      workflowId: row.workflow_id,
      taskQueue: row.task_queue as string,
      args: row.args,
      memo,
      workflowIdReusePolicy: row.id_reuse === 'never' ? WorkflowIdReusePolicy.REJECT_DUPLICATE : WorkflowIdReusePolicy.ALLOW_DUPLICATE,
    };
    try {
      if (row.action === 'start') await workflow.start(row.workflow_type as string, options);
      else await workflow.signalWithStart(row.workflow_type as string, { ...options, signal: row.signal_name as string, signalArgs: row.signal_args });
    } catch (err) {
      // Started already: by this row before a crash, or the id was used and may not be again.
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }

  /** Whether the workflow's latest run is the one this row started (before a crash kept it from being marked done). */
  private async startedByThisRow(row: WorkflowOutboxRow, marker: string): Promise<boolean> {
    try {
      const description = await this.options.temporal.workflow.getHandle(row.workflow_id).describe();
      return (description.memo as Record<string, unknown> | undefined)?.[MEMO_KEY] === marker;
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return false;
      throw err;
    }
  }

  private async postpone(row: WorkflowOutboxRow, err: unknown): Promise<void> {
    const attempts = row.attempts + 1;
    const delay = backoffDelay(attempts, RETRY);
    this.options.logger.warn(
      { component: 'workflow-outbox-relay', workflowId: row.workflow_id, action: row.action, attempts, retryInMs: delay, err: errorMessage(err) },
      'workflow start not delivered; will retry',
    );
    await this.connection.query(
      `UPDATE workflow_outbox SET attempts = $2, last_error = $3, next_attempt_at = clock_timestamp() + $4 * interval '1 millisecond' WHERE id = $1`,
      [row.id, attempts, errorMessage(err).slice(0, 2000), delay],
    );
  }
}

function groupByWorkflow(rows: WorkflowOutboxRow[]): Map<string, WorkflowOutboxRow[]> {
  const groups = new Map<string, WorkflowOutboxRow[]>();
  for (const row of rows) groups.set(row.workflow_id, [...(groups.get(row.workflow_id) ?? []), row]);
  return groups;
}

async function forEachConcurrently<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
}
