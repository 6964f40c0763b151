import { Kafka, logLevel } from 'kafkajs';

/** Deletes the topics a test created under its prefix, so a long-lived local broker does not fill up. */
export async function deleteTestTopics(prefix: string, brokers = process.env.KAFKA_BROKERS ?? ''): Promise<void> {
  const admin = new Kafka({ clientId: 'test-cleanup', brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 10_000 });
  } finally {
    await admin.disconnect();
  }
}

/** Messages in the dead-letter topics of a prefix, by topic (only topics that hold some). */
export async function deadLetterCounts(prefix: string, brokers = process.env.KAFKA_BROKERS ?? ''): Promise<Record<string, number>> {
  const admin = new Kafka({ clientId: 'test-dead-letters', brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const counts: Record<string, number> = {};
    for (const topic of (await admin.listTopics()).filter((t) => t.startsWith(prefix) && t.endsWith('.dlt'))) {
      const held = (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
      if (held > 0) counts[topic] = held;
    }
    return counts;
  } finally {
    await admin.disconnect();
  }
}
