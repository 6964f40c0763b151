import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { NativeConnection, State as WorkerState, Worker, WorkerOptions } from '@temporalio/worker';
import { errorMessage, retryUntilDone, sleep } from '@lc/messaging';
import { SERVICE_CONFIG } from '../config/config.tokens';
import { ServiceConfig, taskQueueName } from '../config/service-config';
import { installTemporalRuntimeLogger } from './temporal-runtime-logger';

export type WorkflowCode = Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'>;

export interface WorkerDefinition {
  /** The base name; the configured prefix is added. */
  taskQueue: string;
  workflows: WorkflowCode;
  activities: object;
}

/** How long activities in progress may take to finish when the service shuts down. */
const SHUTDOWN_GRACE = '5s';

/**
 * How long a workflow task waits for the worker that ran the workflow last (its sticky queue) before
 * any worker may take it. After a kill -9 that worker is gone: with the SDK's 10 s, every decision,
 * objection or signal to a workflow it ran waited 10 s, past the 10 s a request may wait on Temporal.
 * A live worker takes its sticky tasks in milliseconds, so 3 s costs nothing but a replay when missed.
 */
const STICKY_QUEUE_TIMEOUT = '3s';

/**
 * Runs the Temporal workers of a service inside its process. Connecting is retried in the
 * background, so the service serves HTTP while Temporal is still starting; a worker that stops on an
 * error is created again. On shutdown the workers stop polling and let the activities in progress
 * finish (up to SHUTDOWN_GRACE) before the service closes its database pool.
 */
@Injectable()
export class TemporalWorkerHost implements OnApplicationBootstrap {
  private readonly definitions: WorkerDefinition[] = [];
  private readonly workers = new Map<string, Worker>();
  private readonly runs: Promise<void>[] = [];
  private connection?: NativeConnection;
  private starting?: Promise<void>;
  private shuttingDown = false;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('TemporalWorkerHost');
  }

  /** One worker per task queue: modules adding to the same queue share it, their activities merged. */
  addWorker(definition: WorkerDefinition): void {
    const existing = this.definitions.find((d) => d.taskQueue === definition.taskQueue);
    if (!existing) {
      this.definitions.push({ ...definition, activities: { ...definition.activities } });
      return;
    }
    if (JSON.stringify(existing.workflows) !== JSON.stringify(definition.workflows)) {
      throw new Error(`task queue ${definition.taskQueue} is given two workflow bundles: one worker runs one bundle`);
    }
    const clash = Object.keys(definition.activities).find((name) => name in existing.activities);
    if (clash) throw new Error(`activity ${clash} is registered twice on task queue ${definition.taskQueue}`);
    Object.assign(existing.activities, definition.activities);
  }

  onApplicationBootstrap(): void {
    if (this.definitions.length === 0) return;
    installTemporalRuntimeLogger(this.logger);
    this.starting = Promise.all(this.definitions.map((d) => this.keepRunning(d))).then(() => undefined);
  }

  /** Each task queue's worker and its state ('RUNNING' when it polls). */
  status(): { taskQueue: string; state: WorkerState | 'STARTING' }[] {
    return this.definitions.map((d) => ({ taskQueue: d.taskQueue, state: this.workers.get(d.taskQueue)?.getState() ?? 'STARTING' }));
  }

  async stop(): Promise<void> {
    this.shuttingDown = true;
    for (const worker of this.workers.values()) if (worker.getState() === 'RUNNING') worker.shutdown();
    await Promise.allSettled(this.runs);
    await this.starting;
    await this.connection?.close().catch(() => undefined);
  }

  /** Creates the task queue's worker and runs it; when it stops on an error, creates it again. */
  private async keepRunning(definition: WorkerDefinition): Promise<void> {
    await retryUntilDone(
      async () => {
        this.connection ??= await NativeConnection.connect({ address: this.config.TEMPORAL_ADDRESS });
        const worker = await Worker.create({
          connection: this.connection,
          namespace: this.config.TEMPORAL_NAMESPACE,
          taskQueue: taskQueueName(this.config, definition.taskQueue),
          activities: definition.activities,
          shutdownGraceTime: SHUTDOWN_GRACE,
          stickyQueueScheduleToStartTimeout: STICKY_QUEUE_TIMEOUT,
          ...definition.workflows,
        });
        this.workers.set(definition.taskQueue, worker);
        this.runs.push(this.run(worker, definition));
        this.logger.info({ taskQueue: definition.taskQueue }, 'temporal worker running');
      },
      {
        stopped: () => this.shuttingDown,
        onFailure: (err, retryInMs) =>
          this.logger.warn({ err: errorMessage(err), taskQueue: definition.taskQueue, retryInMs }, 'starting temporal worker failed; will retry'),
      },
    );
  }

  private async run(worker: Worker, definition: WorkerDefinition): Promise<void> {
    try {
      await worker.run();
    } catch (err) {
      this.logger.error({ err: errorMessage(err), taskQueue: definition.taskQueue }, 'temporal worker stopped');
    }
    if (this.shuttingDown) return;
    await sleep(1_000);
    if (!this.shuttingDown) await this.keepRunning(definition);
  }
}
