import { Global, Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { errorMessage } from '@lc/messaging';
import { SERVICE_CONFIG } from '@lc/platform';
import type { HazardRewardConfig } from './config/hazard-reward-config';

/** Something that finds work whose workflow was never started (or signalled) and does it; idempotent. */
export interface WorkflowSweep {
  readonly name: string;
  sweep(): Promise<number>;
}

/**
 * Starting a workflow is a call to Temporal that cannot share a database transaction. The fast path
 * starts it right after the change commits; when Temporal is unreachable then (or the process dies in
 * between), the change is still recorded, and this loop starts what is missing every
 * WORKFLOW_SWEEP_SECONDS. Workflow ids are the items' own, so a start that races the fast path is
 * refused by Temporal and nothing happens twice. Every instance sweeps; each start is idempotent.
 */
@Injectable()
export class WorkflowSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private readonly sweeps: WorkflowSweep[] = [];

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: HazardRewardConfig,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('WorkflowSweeper');
  }

  register(sweep: WorkflowSweep): void {
    this.sweeps.push(sweep);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.runOnce().finally(() => (this.running = undefined));
    }, this.config.WORKFLOW_SWEEP_SECONDS * 1000);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async runOnce(): Promise<void> {
    for (const sweep of this.sweeps) {
      try {
        const done = await sweep.sweep();
        if (done > 0) this.logger.info({ sweep: sweep.name, done }, 'started or signalled workflows that were missing');
      } catch (err) {
        this.logger.warn({ sweep: sweep.name, err: errorMessage(err) }, 'sweep failed; trying again at the next round');
      }
    }
  }
}

/** One sweeper per process, which the modules' sweeps register with. */
@Global()
@Module({ providers: [WorkflowSweeper], exports: [WorkflowSweeper] })
export class WorkflowSweepModule {}
