import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { NativeConnection, Worker, WorkerOptions } from '@temporalio/worker';
import { errorMessage, retryUntilDone } from '@lc/messaging';
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

/**
 * Runs the Temporal workers of a service inside its process. Connecting is retried in the
 * background, so the service serves HTTP while Temporal is still starting.
 */
@Injectable()
export class TemporalWorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly definitions: WorkerDefinition[] = [];
  private readonly workers: Worker[] = [];
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
    const clash = Object.keys(definition.activities).find((name) => name in existing.activities);
    if (clash) throw new Error(`activity ${clash} is registered twice on task queue ${definition.taskQueue}`);
    Object.assign(existing.activities, definition.activities);
  }

  onApplicationBootstrap(): void {
    if (this.definitions.length === 0) return;
    installTemporalRuntimeLogger(this.logger);
    this.starting = this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    await this.starting;
    for (const worker of this.workers) if (worker.getState() === 'RUNNING') worker.shutdown();
    await Promise.allSettled(this.runs);
    await this.connection?.close();
  }

  private async start(): Promise<void> {
    await retryUntilDone(
      async () => {
        this.connection ??= await NativeConnection.connect({ address: this.config.TEMPORAL_ADDRESS });
        // Workers created before a failure are kept; only the rest are created again.
        for (const definition of this.definitions.slice(this.workers.length)) {
          const worker = await Worker.create({
            connection: this.connection,
            namespace: this.config.TEMPORAL_NAMESPACE,
            taskQueue: taskQueueName(this.config, definition.taskQueue),
            activities: definition.activities,
            ...definition.workflows,
          });
          this.workers.push(worker);
          this.runs.push(
            worker.run().catch((err) => this.logger.error({ err: errorMessage(err) }, 'temporal worker stopped')),
          );
          this.logger.info({ taskQueue: definition.taskQueue }, 'temporal worker running');
        }
      },
      {
        stopped: () => this.shuttingDown,
        onFailure: (err, retryInMs) =>
          this.logger.warn({ err: errorMessage(err), retryInMs }, 'starting temporal worker failed; will retry'),
      },
    );
  }

}
