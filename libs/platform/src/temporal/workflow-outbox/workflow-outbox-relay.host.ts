import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { CommitDoorbell, WorkLoopStatus } from '@lc/messaging';
import { TEMPORAL_CLIENT, WORKFLOW_OUTBOX_DOORBELL } from '../temporal.tokens';
import { WorkflowOutboxRelay } from './workflow-outbox.relay';

/** Runs the service's workflow outbox relay for the life of the application. */
@Injectable()
export class WorkflowOutboxRelayHost implements OnApplicationBootstrap {
  private readonly relay: WorkflowOutboxRelay;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(TEMPORAL_CLIENT) temporal: Client,
    logger: PinoLogger,
    @Inject(WORKFLOW_OUTBOX_DOORBELL) doorbell: CommitDoorbell,
  ) {
    logger.setContext('WorkflowOutboxRelay');
    this.relay = new WorkflowOutboxRelay({ dataSource, temporal, logger, name: 'workflow-outbox-relay', doorbell });
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  status(): WorkLoopStatus & { leading: boolean } {
    return this.relay.status();
  }

  stop(): Promise<void> {
    return this.relay.stop();
  }
}
