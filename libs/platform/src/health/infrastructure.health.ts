import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Client } from '@temporalio/client';
import { Kafka } from 'kafkajs';
import { errorMessage } from '@lc/messaging';
import { AuditSealerHost } from '../audit/audit-sealer.host';
import { ServiceLifecycle } from '../lifecycle/service-lifecycle';
import { MessagingHost } from '../messaging/messaging-host.service';
import { KAFKA } from '../messaging/messaging.tokens';
import { TemporalWorkerHost } from '../temporal/temporal-worker.host';
import { TEMPORAL_CLIENT } from '../temporal/temporal.tokens';
import { WorkflowOutboxRelayHost } from '../temporal/workflow-outbox/workflow-outbox-relay.host';

const CHECK_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not answer in ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS)),
  ]);
}

@Injectable()
export class KafkaHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(KAFKA) private readonly kafka: Kafka,
  ) {}

  async check(key = 'kafka') {
    const indicator = this.health.check(key);
    const admin = this.kafka.admin({ retry: { retries: 0 } });
    try {
      const cluster = await withTimeout(
        admin.connect().then(() => admin.describeCluster()),
        'Kafka',
      );
      return indicator.up({ brokers: cluster.brokers.length });
    } catch (err) {
      return indicator.down({ message: errorMessage(err) });
    } finally {
      admin.disconnect().catch(() => undefined);
    }
  }
}

@Injectable()
export class TemporalHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
  ) {}

  async check(key = 'temporal') {
    const indicator = this.health.check(key);
    try {
      const { connection } = this.client;
      const info = await connection.withDeadline(Date.now() + CHECK_TIMEOUT_MS, () =>
        connection.workflowService.getSystemInfo({}),
      );
      return indicator.up({ serverVersion: info.serverVersion });
    } catch (err) {
      return indicator.down({ message: errorMessage(err) });
    }
  }
}

/**
 * The service's own background work: every inbox consumer in its group, the outbox and workflow
 * outbox relays, the audit sealer and every Temporal worker running, and the service not shutting
 * down. Down when any is not, with the state of each.
 */
@Injectable()
export class BackgroundWorkHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly lifecycle: ServiceLifecycle,
    private readonly messaging: MessagingHost,
    private readonly workers: TemporalWorkerHost,
    private readonly workflowOutbox: WorkflowOutboxRelayHost,
    private readonly sealer: AuditSealerHost,
  ) {}

  check(key = 'work') {
    const indicator = this.health.check(key);
    const messaging = this.messaging.status();
    const workers = this.workers.status();
    const relays = { outbox: messaging.relay, workflowOutbox: this.workflowOutbox.status(), auditSealer: this.sealer.status() };
    const problems = [
      ...(this.lifecycle.isDraining ? ['shutting down'] : []),
      ...(messaging.started ? [] : ['topics not created yet']),
      ...messaging.consumers.filter((c) => c.state !== 'running').map((c) => `consumer ${c.group} ${c.state}`),
      ...workers.filter((w) => w.state !== 'RUNNING').map((w) => `worker ${w.taskQueue} ${w.state}`),
      ...Object.entries(relays)
        .filter(([, status]) => !status.running)
        .map(([name]) => `${name} stopped`),
    ];
    const details = { consumers: messaging.consumers, workers, ...relays };
    return problems.length === 0 ? indicator.up(details) : indicator.down({ problems, ...details });
  }
}
