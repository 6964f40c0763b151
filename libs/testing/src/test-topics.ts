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
