import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Kafka } from 'kafkajs';
import { ChainHeadSigner, DEFAULT_SEAL_BATCH, publishedChainHeads, sealAuditEntries } from '@lc/audit';
import { auditChainSealedV1 } from '@lc/contracts';
import { OutboxPublisher, WorkLoop, WorkLoopStatus } from '@lc/messaging';
import { SERVICE_CONFIG } from '../config/config.tokens';
import { ServiceConfig } from '../config/service-config';
import { KAFKA } from '../messaging/messaging.tokens';

/** How often the sealer looks for committed entries when it was not busy. */
const SEAL_POLL_MS = 500;

/**
 * Seals the service's audit entries into its hash chain shortly after their transactions commit, and
 * publishes each new head, signed, through the outbox (audit.heads, compacted, keyed by schema): the
 * seal and its publication commit together. Every instance runs it; one at a time seals (a lock that
 * is tried, never waited for).
 *
 * Before sealing it checks that the chain still passes through the last head it knows was published
 * (read from Kafka at start, then the ones it sealed itself): a tail removed or rewritten behind the
 * service's back stops sealing, instead of being covered by new entries and a new head.
 */
@Injectable()
export class AuditSealerHost implements OnApplicationBootstrap {
  private readonly loop: WorkLoop;
  private readonly signer: ChainHeadSigner;
  private schema?: string;
  /** The newest head known to be published (or about to be: sealed and in the outbox); undefined before the first. */
  private publishedHead?: { seq: number; hash: string } | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly outbox: OutboxPublisher,
    logger: PinoLogger,
  ) {
    logger.setContext('AuditSealer');
    this.signer = new ChainHeadSigner(config.AUDIT_SIGNING_KEY);
    this.loop = new WorkLoop({ name: 'audit-sealer', logger, pollIntervalMs: SEAL_POLL_MS, round: () => this.round() });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  status(): WorkLoopStatus {
    return this.loop.status();
  }

  private async round(): Promise<'more' | 'idle'> {
    this.schema ??= (await this.dataSource.query(`SELECT current_schema() AS s`))[0].s as string;
    // A look without a transaction first: most rounds find nothing to do.
    const [{ waiting }]: { waiting: boolean }[] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM audit_log WHERE seq IS NULL) AS waiting`);
    if (!waiting) return 'idle';
    const schema = this.schema;
    if (this.publishedHead === undefined) {
      const head = (await publishedChainHeads(this.kafka, this.config.KAFKA_TOPIC_PREFIX)).get(schema);
      this.publishedHead = head ? { seq: head.seq, hash: head.hash } : null;
    }
    const publishedHead = this.publishedHead ?? undefined;
    const sealed = await this.dataSource.transaction(async (tx) => {
      const batch = await sealAuditEntries(tx, { batchSize: DEFAULT_SEAL_BATCH, publishedHead });
      if (!batch) return null;
      const head = this.signer.sign({ schema, seq: batch.seq, hash: batch.hash, sealedAt: new Date().toISOString() });
      await this.outbox.publish(tx, auditChainSealedV1, {
        aggregateId: schema,
        partitionKey: schema,
        orgUnitId: null,
        correlationId: `audit-seal:${schema}:${batch.seq}`,
        payload: { ...head, entries: batch.entries },
      });
      return batch;
    });
    if (sealed) this.publishedHead = { seq: sealed.seq, hash: sealed.hash };
    return sealed?.entries === DEFAULT_SEAL_BATCH ? 'more' : 'idle';
  }
}
