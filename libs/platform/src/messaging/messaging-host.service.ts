import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { eventCatalogue } from '@lc/contracts';
import { ensureTopics, errorMessage, EventHandler, InboxConsumer, OutboxRelay, retryUntilDone } from '@lc/messaging';
import { SERVICE_CONFIG } from '../config/config.tokens';
import { ServiceConfig } from '../config/service-config';
import { KAFKA } from './messaging.tokens';

/**
 * Runs a service's outbox relay and its inbox consumers for the life of the application.
 * Kafka being down at start does not stop the service: connecting is retried in the background and
 * the health endpoint tells.
 */
@Injectable()
export class MessagingHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly consumers: InboxConsumer[] = [];
  private relay?: OutboxRelay;
  private starting?: Promise<void>;
  private shuttingDown = false;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('MessagingHost');
  }

  /** Declares a consumer; called by providers built with `inboxConsumerProvider`. */
  addConsumer(name: string, handlers: EventHandler[]): InboxConsumer {
    const consumer = new InboxConsumer({
      name,
      handlers,
      kafka: this.kafka,
      dataSource: this.dataSource,
      logger: this.logger,
      topicPrefix: this.config.KAFKA_TOPIC_PREFIX,
    });
    this.consumers.push(consumer);
    return consumer;
  }

  onApplicationBootstrap(): void {
    this.relay = new OutboxRelay({ dataSource: this.dataSource, kafka: this.kafka, logger: this.logger });
    this.relay.start();
    this.starting = this.startConsumers();
  }

  async onApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    await this.starting;
    await Promise.all([this.relay?.stop(), ...this.consumers.map((c) => c.stop())]);
  }

  private async startConsumers(): Promise<void> {
    if (this.consumers.length === 0) return;
    await retryUntilDone(
      async () => {
        await ensureTopics(this.kafka, eventCatalogue, { prefix: this.config.KAFKA_TOPIC_PREFIX });
        for (const consumer of this.consumers) await consumer.start();
        this.logger.info({ consumers: this.consumers.map((c) => c.groupId) }, 'inbox consumers running');
      },
      {
        stopped: () => this.shuttingDown,
        onFailure: async (err, retryInMs) => {
          this.logger.warn({ err: errorMessage(err), retryInMs }, 'starting consumers failed; will retry');
          await Promise.all(this.consumers.map((c) => c.stop().catch(() => undefined)));
        },
      },
    );
  }

}
