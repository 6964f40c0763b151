import { Inject, Injectable } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { CompetitionCreatedV1, competitionCreatedV1, EventEnvelope } from '@lc/contracts';
import { EventHandler } from '@lc/messaging';
import { SERVICE_CONFIG, ServiceConfig, TEMPORAL_CLIENT, taskQueueName } from '@lc/platform';
import { competitionAcknowledgementWorkflowId, competitionAcknowledgementWorkflowType, TaskQueues } from '@lc/workflows';

/**
 * Starts the acknowledgement workflow from the competition.created event rather than from the HTTP
 * request: the outbox guarantees the event, so the workflow starts even if Temporal was down when
 * the competition was saved. The workflow id makes a second start a no-op.
 */
@Injectable()
export class StartAcknowledgementHandler implements EventHandler<CompetitionCreatedV1> {
  readonly contract = competitionCreatedV1;

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async handle(event: EventEnvelope<CompetitionCreatedV1>): Promise<void> {
    try {
      await this.temporal.workflow.start(competitionAcknowledgementWorkflowType, {
        workflowId: competitionAcknowledgementWorkflowId(event.payload.competitionId),
        taskQueue: taskQueueName(this.config, TaskQueues.registration),
        args: [{ competitionId: event.payload.competitionId, name: event.payload.name }],
        memo: { correlationId: event.correlationId },
      });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }
}
