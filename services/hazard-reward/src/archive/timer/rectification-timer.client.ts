import { Inject, Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { SERVICE_CONFIG, taskQueueName, TEMPORAL_CLIENT } from '@lc/platform';
import {
  hazardClosedSignal,
  rectificationDeadlineChangedSignal,
  rectificationTimerWorkflowId,
  rectificationTimerWorkflowType,
  TaskQueues,
} from '@lc/workflows';
import type { HazardRewardConfig } from '../../config/hazard-reward-config';

/** Starts, moves and ends the durable timer of an open hazard. */
@Injectable()
export class RectificationTimerClient {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(SERVICE_CONFIG) private readonly config: HazardRewardConfig,
  ) {}

  /** Starts the timer with the plan's deadline, or moves it when it runs already. */
  async setDeadline(hazardId: string, deadline: Date): Promise<void> {
    const workflowId = rectificationTimerWorkflowId(hazardId);
    await this.temporal.workflow.signalWithStart(rectificationTimerWorkflowType, {
      taskQueue: taskQueueName(this.config, TaskQueues.hazardReward),
      workflowId,
      args: [{ hazardId, deadline: deadline.toISOString(), remindBeforeSeconds: this.config.HAZARD_REMINDER_BEFORE_SECONDS }],
      signal: rectificationDeadlineChangedSignal,
      signalArgs: [deadline.toISOString()],
    });
  }

  /** Ends the timer; a hazard closed before any plan had none. */
  async closed(hazardId: string): Promise<void> {
    try {
      await this.temporal.workflow.getHandle(rectificationTimerWorkflowId(hazardId)).signal(hazardClosedSignal);
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError)) throw err;
    }
  }
}
