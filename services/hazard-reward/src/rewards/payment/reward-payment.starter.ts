import { Inject, Injectable } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { SERVICE_CONFIG, ServiceConfig, TEMPORAL_CLIENT, taskQueueName } from '@lc/platform';
import { rewardPaymentWorkflowId, rewardPaymentWorkflowType, TaskQueues } from '@lc/workflows';

/**
 * Starts the payment workflow of an issued reward. Its id is the reward's, and a finished workflow's
 * id is never reused: a second start, from any instance, is refused by Temporal and counts as done.
 */
@Injectable()
export class RewardPaymentStarter {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async start(rewardId: string): Promise<void> {
    try {
      await this.temporal.workflow.start(rewardPaymentWorkflowType, {
        taskQueue: taskQueueName(this.config, TaskQueues.hazardReward),
        workflowId: rewardPaymentWorkflowId(rewardId),
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [{ rewardId }],
      });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }
}
