import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { eventCatalogue } from '@lc/contracts';
import { CommitDoorbell, ensureTopics, errorMessage, InboxConsumer, InboxHandler, InboxConsumerState, OutboxRelay, retryUntilDone, sleep, WorkLoopStatus } from '@lc/messaging';
import { SERVICE_CONFIG } from '../config/config.tokens';
import { ServiceConfig } from '../config/service-config';
import { KAFKA, OUTBOX_DOORBELL } from './messaging.tokens';

export interface MessagingStatus {
  /** The topics exist and the relay and consumers were started. */
  started: boolean;
  relay: WorkLoopStatus & { leading: boolean };
  consumers: { group: string; state: InboxConsumerState }[];
}

/**
 * Runs a service's outbox relay and its inbox consumers for the life of the application.
 * Kafka being down at start does not stop the service: creating the topics is retried in the
 * background, then the relay and every consumer start at once; the readiness report tells.
 * A consumer that kafkajs gives up on (a crash it does not restart) is started again.
 */
@Injectable()
export class MessagingHost implements OnApplicationBootstrap {
  private readonly consumers: InboxConsumer[] = [];
  private readonly relay: OutboxRelay;
  private starting?: Promise<void>;
  private consumersStopped?: Promise<void>;
  private started = false;
  private stopping = false;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly logger: PinoLogger,
    @Inject(OUTBOX_DOORBELL) doorbell: CommitDoorbell,
  ) {
    logger.setContext('MessagingHost');
    this.relay = new OutboxRelay({ dataSource, kafka, logger, name: 'outbox-relay', doorbell });
  }

  /**
   * Declares a consumer (the InboxTransport declares one per consumer group of the `@InboxEvent`
   * handlers). Consumers are declared before the application starts: they start with it.
   */
  addConsumer(name: string, handlers: InboxHandler[]): InboxConsumer {
    if (this.starting) throw new Error(`consumer ${name} declared after the application started: start the microservices before listening`);
    const consumer = new InboxConsumer({
      name,
      handlers,
      kafka: this.kafka,
      dataSource: this.dataSource,
      logger: this.logger,
      topicPrefix: this.config.KAFKA_TOPIC_PREFIX,
      sessionTimeoutMs: this.config.KAFKA_SESSION_TIMEOUT_MS,
    });
    this.consumers.push(consumer);
    return consumer;
  }

  onApplicationBootstrap(): void {
    this.starting = this.start();
  }

  status(): MessagingStatus {
    return {
      started: this.started,
      relay: this.relay.status(),
      consumers: this.consumers.map((c) => ({ group: c.groupId, state: c.state })),
    };
  }

  /** Consumers first (they finish the chunk in hand and leave their groups), then the relay. */
  stopConsumers(): Promise<void> {
    this.stopping = true;
    this.consumersStopped ??= (async () => {
      await this.starting;
      await Promise.all(this.consumers.map((c) => c.stop().catch((err) => this.logger.warn({ err: errorMessage(err), group: c.groupId }, 'consumer did not stop cleanly'))));
    })();
    return this.consumersStopped;
  }

  async stopRelay(): Promise<void> {
    this.stopping = true;
    await this.relay.stop();
  }

  private async start(): Promise<void> {
    // The topics first, with their settings (a compacted topic must not be created by a first send).
    await retryUntilDone(() => ensureTopics(this.kafka, eventCatalogue, { prefix: this.config.KAFKA_TOPIC_PREFIX }), {
      stopped: () => this.stopping,
      onFailure: (err, retryInMs) => this.logger.warn({ err: errorMessage(err), retryInMs }, 'creating topics failed; will retry'),
    });
    if (this.stopping) return;
    this.relay.start();
    await Promise.all(this.consumers.map((consumer) => this.keepRunning(consumer)));
    this.started = true;
    if (this.consumers.length > 0) this.logger.info({ consumers: this.consumers.map((c) => c.groupId) }, 'inbox consumers running');
    void this.watchForCrashes();
  }

  private async keepRunning(consumer: InboxConsumer): Promise<void> {
    await retryUntilDone(() => consumer.start(), {
      stopped: () => this.stopping,
      onFailure: async (err, retryInMs) => {
        this.logger.warn({ err: errorMessage(err), group: consumer.groupId, retryInMs }, 'starting consumer failed; will retry');
        await consumer.stop().catch(() => undefined);
      },
    });
  }

  /** kafkajs restarts a consumer after a retriable crash itself; the others are restarted here. */
  private async watchForCrashes(): Promise<void> {
    while (!this.stopping) {
      await sleep(1_000);
      for (const consumer of this.consumers) {
        if (this.stopping || consumer.state !== 'crashed') continue;
        this.logger.warn({ group: consumer.groupId }, 'restarting a crashed consumer');
        await consumer.stop().catch(() => undefined);
        await this.keepRunning(consumer);
      }
    }
  }
}
