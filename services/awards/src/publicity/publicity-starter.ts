import { Inject, Injectable } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { SERVICE_CONFIG, taskQueueName, TEMPORAL_CLIENT } from '@lc/platform';
import { publicityPeriodWorkflowId, publicityPeriodWorkflowType, TaskQueues } from '@lc/workflows';
import type { AwardsConfig } from '../config/awards-config';

/** Starts a nomination's publicity period (公示); its id is the nomination's, so it starts once. */
@Injectable()
export class PublicityStarter {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(SERVICE_CONFIG) private readonly config: AwardsConfig,
  ) {}

  get periodSeconds(): number {
    return this.config.PUBLICITY_PERIOD_SECONDS;
  }

  async start(nominationId: string): Promise<void> {
    try {
      await this.temporal.workflow.start(publicityPeriodWorkflowType, {
        taskQueue: taskQueueName(this.config, TaskQueues.awards),
        workflowId: publicityPeriodWorkflowId(nominationId),
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [{ nominationId, periodSeconds: this.config.PUBLICITY_PERIOD_SECONDS }],
      });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }
}
