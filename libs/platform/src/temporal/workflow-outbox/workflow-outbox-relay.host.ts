import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { WorkLoopStatus } from '@lc/messaging';
import { TEMPORAL_CLIENT } from '../temporal.tokens';
import { WorkflowOutboxRelay } from './workflow-outbox.relay';

/** Runs the service's workflow outbox relay for the life of the application. */
@Injectable()
export class WorkflowOutboxRelayHost implements OnApplicationBootstrap {
  private readonly relay: WorkflowOutboxRelay;

  constructor(@InjectDataSource() dataSource: DataSource, @Inject(TEMPORAL_CLIENT) temporal: Client, logger: PinoLogger) {
    logger.setContext('WorkflowOutboxRelay');
    this.relay = new WorkflowOutboxRelay({ dataSource, temporal, logger, name: 'workflow-outbox-relay' });
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
