import { Kafka, logLevel, LogEntry, Partitioners } from 'kafkajs';
import { compactedTopics, deadLetterTopicOf, EventContract, retainedForeverTopics } from '@lc/contracts';
import { MessagingLogger } from './logger';

export interface KafkaSettings {
  clientId: string;
  brokers: string[];
  /** Prepended to every logical topic name; lets tests and tenants share a broker. */
  topicPrefix?: string;
}

export function createKafka(settings: KafkaSettings, logger: MessagingLogger): Kafka {
  return new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 100, retries: 5 },
    logCreator: () => (entry: LogEntry) => {
      const { message, ...rest } = entry.log;
      // The relay limits the idempotent producer's retries on purpose (it backs off and resends, and
      // consumers deduplicate); kafkajs warns about that on every connect.
      if (message.startsWith('Limiting retries for the idempotent producer')) return;
      const fields = { component: 'kafkajs', namespace: entry.namespace, ...rest };
      if (entry.level === logLevel.ERROR) logger.error(fields, message);
      else logger.warn(fields, message);
    },
  });
}

/** kafkajs' current partitioner (murmur2 on the key, as the Java client): one aggregate, one partition. */
export const keyPartitioner = Partitioners.DefaultPartitioner;

export const physicalTopic = (logical: string, prefix = ''): string => `${prefix}${logical}`;

/**
 * Creates the topics of the given contracts and their dead-letter topics when missing. Brokers in
 * production usually refuse automatic creation, so a service creates what it publishes and consumes.
 */
export async function ensureTopics(
  kafka: Kafka,
  contracts: readonly EventContract[],
  options: { prefix?: string; partitions?: number } = {},
): Promise<void> {
  const logical = [...new Set(contracts.map((c) => c.topic))];
  const names = logical.flatMap((t) => [t, deadLetterTopicOf(t)]).map((t) => physicalTopic(t, options.prefix));
  const retainedForever = new Set(retainedForeverTopics.map((t) => physicalTopic(t, options.prefix)));
  const compacted = new Set(compactedTopics.map((t) => physicalTopic(t, options.prefix)));
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = names.filter((n) => !existing.has(n));
    if (missing.length === 0) return;
    await admin
      .createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: options.partitions ?? 3,
          replicationFactor: -1,
          configEntries: topicConfig(retainedForever.has(topic), compacted.has(topic)),
        })),
      })
      .catch((err: { errors?: { type?: string }[] }) => {
        // Another service created some of them at the same moment: they exist, which is all we need.
        if (!err.errors?.length || !err.errors.every((e) => e.type === 'TOPIC_ALREADY_EXISTS')) throw err;
      });
  } finally {
    await admin.disconnect();
  }
}

function topicConfig(retainedForever: boolean, compacted: boolean): { name: string; value: string }[] {
  if (compacted) return [{ name: 'cleanup.policy', value: 'compact' }];
  return retainedForever ? [{ name: 'retention.ms', value: '-1' }] : [];
}
