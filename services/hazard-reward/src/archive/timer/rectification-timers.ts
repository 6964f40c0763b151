import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { errorMessage } from '@lc/messaging';
import { SERVICE_CONFIG, taskQueueName, TEMPORAL_CLIENT } from '@lc/platform';
import {
  hazardClosedSignal,
  rectificationDeadlineChangedSignal,
  rectificationTimerWorkflowId,
  rectificationTimerWorkflowType,
  TaskQueues,
} from '@lc/workflows';
import type { HazardRewardConfig } from '../../config/hazard-reward-config';

/**
 * Keeps each open hazard's timer workflow in step with its archive record, after the record has
 * committed: started or moved to the plan's deadline, told of the close-out. What Temporal has been
 * told is written back (timer_deadline, timer_closed_at); when it cannot be reached, the record is
 * left as it is and the workflow sweep tries again. Both calls are idempotent.
 */
@Injectable()
export class RectificationTimers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(SERVICE_CONFIG) private readonly config: HazardRewardConfig,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('RectificationTimers');
  }

  /** Starts the timer with the deadline, or moves it when it runs already. */
  async syncDeadline(hazardId: string, deadline: Date): Promise<boolean> {
    try {
      await this.temporal.workflow.signalWithStart(rectificationTimerWorkflowType, {
        taskQueue: taskQueueName(this.config, TaskQueues.hazardReward),
        workflowId: rectificationTimerWorkflowId(hazardId),
        args: [{ hazardId, deadline: deadline.toISOString(), remindBeforeSeconds: this.config.HAZARD_REMINDER_BEFORE_SECONDS }],
        signal: rectificationDeadlineChangedSignal,
        signalArgs: [deadline.toISOString()],
      });
    } catch (err) {
      this.logger.warn({ hazardId, err: errorMessage(err) }, 'rectification timer not started; the sweep will start it');
      return false;
    }
    await this.dataSource.query(`UPDATE hazards SET timer_deadline = $2 WHERE report_id = $1 AND deadline = $2`, [hazardId, deadline]);
    return true;
  }

  /** Ends the timer of a closed hazard. */
  async syncClosed(hazardId: string): Promise<boolean> {
    try {
      await this.temporal.workflow.getHandle(rectificationTimerWorkflowId(hazardId)).signal(hazardClosedSignal);
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError)) {
        this.logger.warn({ hazardId, err: errorMessage(err) }, 'rectification timer not told of the close-out; the sweep will tell it');
        return false;
      }
    }
    await this.dataSource.query(`UPDATE hazards SET timer_closed_at = now() WHERE report_id = $1 AND status = 'closed'`, [hazardId]);
    return true;
  }
}
