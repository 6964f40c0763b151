import { Inject, Injectable, Optional } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CommitDoorbell, insertForRelay } from '@lc/messaging';
import { SERVICE_CONFIG } from '../../config/config.tokens';
import { ServiceConfig, taskQueueName } from '../../config/service-config';
import { WORKFLOW_OUTBOX_DOORBELL } from '../temporal.tokens';

/** The channel the relay listens on; delivered when the recording transaction commits. */
export const WORKFLOW_OUTBOX_NOTIFY_CHANNEL = 'workflow_outbox_written';

export interface WorkflowStart {
  workflowType: string;
  /** The item's own id (approval-<kind>-<item>, reward-payment-<reward>…): a second start of it is refused by Temporal. */
  workflowId: string;
  /** The base name; the deployment's prefix is added. */
  taskQueue: string;
  args: unknown[];
  /**
   * 'never' (default): one run per workflow id, ever. 'after-close': the item may be submitted again
   * once its last run closed (a plan filed again after its chain rejected it).
   */
  idReuse?: 'never' | 'after-close';
}

export interface WorkflowSignal {
  workflowId: string;
  signal: string;
  signalArgs?: unknown[];
}

/**
 * The one way a service starts or signals a workflow because of a database change: recorded in the
 * change's own transaction, carried out after commit by the WorkflowOutboxRelay. So a workflow runs
 * if and only if its change committed (never for a rolled-back change, never missing for a committed
 * one, whatever crashes in between), and the transaction never waits on Temporal. Starts are
 * idempotent by workflow id and retried until Temporal answers; a workflow's starts and signals are
 * delivered in the order they were recorded.
 */
@Injectable()
export class WorkflowOutbox {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    /** Wakes this process's relay after commit instead of a NOTIFY, while that relay leads. */
    @Optional() @Inject(WORKFLOW_OUTBOX_DOORBELL) private readonly doorbell?: CommitDoorbell,
  ) {}

  start(tx: EntityManager, start: WorkflowStart): Promise<void> {
    return this.record(tx, { action: 'start', ...start });
  }

  /** Starts the workflow with the signal, or signals it when it runs already. */
  signalWithStart(tx: EntityManager, start: WorkflowStart & WorkflowSignal): Promise<void> {
    return this.record(tx, { action: 'signal-with-start', ...start });
  }

  /** Signals a running workflow; a workflow that has ended (or never started) is left alone. */
  signal(tx: EntityManager, signal: WorkflowSignal): Promise<void> {
    return this.record(tx, { action: 'signal', ...signal });
  }

  private async record(
    tx: EntityManager,
    entry: { action: string; workflowId: string } & Partial<WorkflowStart> & Partial<WorkflowSignal>,
  ): Promise<void> {
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error(`workflow outbox: ${entry.workflowId} must be recorded inside the transaction of its change`);
    }
    const insert = {
      sql: `INSERT INTO workflow_outbox (action, workflow_id, workflow_type, task_queue, args, signal_name, signal_args, id_reuse)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      params: [
        entry.action,
        entry.workflowId,
        entry.workflowType ?? null,
        entry.taskQueue === undefined ? null : taskQueueName(this.config, entry.taskQueue),
        JSON.stringify(entry.args ?? []),
        entry.signal ?? null,
        JSON.stringify(entry.signalArgs ?? []),
        entry.idReuse ?? 'never',
      ],
    };
    await insertForRelay(tx, insert, WORKFLOW_OUTBOX_NOTIFY_CHANNEL, this.doorbell);
  }
}
