import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Client } from '@temporalio/client';
import { Kafka } from 'kafkajs';
import { errorMessage } from '@lc/messaging';
import { KAFKA } from '../messaging/messaging.tokens';
import { TEMPORAL_CLIENT } from '../temporal/temporal.tokens';

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
