import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { PinoLogger } from 'nestjs-pino';
import type { Server } from 'node:http';
import { errorMessage } from '@lc/messaging';
import { AuditSealerHost } from '../audit/audit-sealer.host';
import { MessagingHost } from '../messaging/messaging-host.service';
import { TemporalWorkerHost } from '../temporal/temporal-worker.host';
import { WorkflowOutboxRelayHost } from '../temporal/workflow-outbox/workflow-outbox-relay.host';

/**
 * The order a service stops in on SIGTERM, before Nest closes the HTTP server (which waits for the
 * requests in progress) and then the database pool:
 * 1. it stops being ready and stops accepting connections;
 * 2. consumers finish the chunk in hand and leave their groups, and workers stop polling and let the
 *    activities in progress finish: nothing they were doing is cut off by a closed pool;
 * 3. the relays and the sealer finish their round.
 * What is left (outbox rows, workflow starts, unsealed entries) waits in the database for the next start.
 */
@Injectable()
export class ServiceLifecycle implements BeforeApplicationShutdown {
  private draining = false;

  constructor(
    private readonly http: HttpAdapterHost,
    private readonly messaging: MessagingHost,
    private readonly workers: TemporalWorkerHost,
    private readonly workflowOutbox: WorkflowOutboxRelayHost,
    private readonly sealer: AuditSealerHost,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('ServiceLifecycle');
  }

  /** True from the moment shutdown begins: the readiness check answers 503. */
  get isDraining(): boolean {
    return this.draining;
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.draining = true;
    const started = Date.now();
    this.logger.info({ signal }, 'shutting down: no new requests or messages');
    this.stopAcceptingConnections();
    await Promise.all([this.step('consumers', () => this.messaging.stopConsumers()), this.step('workers', () => this.workers.stop())]);
    await Promise.all([
      this.step('outbox relay', () => this.messaging.stopRelay()),
      this.step('workflow outbox relay', () => this.workflowOutbox.stop()),
      this.step('audit sealer', () => this.sealer.stop()),
    ]);
    this.logger.info({ tookMs: Date.now() - started }, 'background work stopped; closing HTTP and the database');
  }

  private stopAcceptingConnections(): void {
    const server = this.http.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server?.listening) return;
    // Stops accepting; requests in progress go on (Nest waits for them when it closes the server).
    server.close();
    server.closeIdleConnections();
  }

  private async step(name: string, stop: () => Promise<void>): Promise<void> {
    try {
      await stop();
    } catch (err) {
      this.logger.warn({ err: errorMessage(err) }, `${name} did not stop cleanly`);
    }
  }
}
