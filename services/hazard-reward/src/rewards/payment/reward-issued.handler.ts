import { Inject, Injectable } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { EventEnvelope, rewardIssuedV1, RewardIssuedV1 } from '@lc/contracts';
import { EventHandler } from '@lc/messaging';
import { SERVICE_CONFIG, ServiceConfig, TEMPORAL_CLIENT, taskQueueName } from '@lc/platform';
import { rewardPaymentWorkflowId, rewardPaymentWorkflowType, TaskQueues } from '@lc/workflows';

/**
 * Starts the payment of an issued reward as a durable workflow. Its id is the reward's, and a
 * finished workflow's id is never reused: a redelivered event or a second instance starts nothing.
 */
@Injectable()
export class RewardIssuedHandler implements EventHandler<RewardIssuedV1> {
  readonly contract = rewardIssuedV1;

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async handle(event: EventEnvelope<RewardIssuedV1>): Promise<void> {
    try {
      await this.temporal.workflow.start(rewardPaymentWorkflowType, {
        taskQueue: taskQueueName(this.config, TaskQueues.hazardReward),
        workflowId: rewardPaymentWorkflowId(event.payload.rewardId),
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [{ rewardId: event.payload.rewardId }],
      });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }
}
