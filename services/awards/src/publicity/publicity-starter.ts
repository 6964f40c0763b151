import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SERVICE_CONFIG, WorkflowOutbox } from '@lc/platform';
import { publicityPeriodWorkflowId, publicityPeriodWorkflowType, TaskQueues } from '@lc/workflows';
import type { AwardsConfig } from '../config/awards-config';

/**
 * Records the start of a nomination's publicity period (公示) in the transaction that puts it into
 * publicity; it starts once that commits. Its id is the nomination's, so it runs once.
 */
@Injectable()
export class PublicityStarter {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: AwardsConfig,
    private readonly workflows: WorkflowOutbox,
  ) {}

  get periodSeconds(): number {
    return this.config.PUBLICITY_PERIOD_SECONDS;
  }

  start(tx: EntityManager, nominationId: string): Promise<void> {
    return this.workflows.start(tx, {
      workflowType: publicityPeriodWorkflowType,
      workflowId: publicityPeriodWorkflowId(nominationId),
      taskQueue: TaskQueues.awards,
      args: [{ nominationId, periodSeconds: this.config.PUBLICITY_PERIOD_SECONDS }],
    });
  }
}
