import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';

/**
 * Reads a compacted topic from its beginning to where it ends now and returns the last value of each
 * key (what compaction keeps). For small topics of "latest state per key", such as the signed heads of
 * the audit chains. A throwaway consumer group is used and deleted afterwards.
 */
export async function readLatestPerKey(kafka: Kafka, topic: string, options: { timeoutMs?: number } = {}): Promise<Map<string, Buffer>> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `read-latest-${randomUUID()}`;
  try {
    if (!(await admin.listTopics()).includes(topic)) return new Map();
    // Where each partition ends now: messages written after this call are not waited for.
    const ends = new Map(
      (await admin.fetchTopicOffsets(topic))
        .filter((p) => BigInt(p.high) > BigInt(p.low))
        .map((p) => [p.partition, BigInt(p.high) - 1n]),
    );
    const latest = new Map<string, Buffer>();
    if (ends.size === 0) return latest;
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${topic} was not read to its end within ${timeoutMs} ms`)), timeoutMs);
        consumer
          .run({
            autoCommit: false,
            eachMessage: async ({ partition, message }) => {
              if (message.key && message.value) latest.set(message.key.toString('utf8'), message.value);
              const end = ends.get(partition);
              if (end !== undefined && BigInt(message.offset) >= end) ends.delete(partition);
              if (ends.size === 0) {
                clearTimeout(timer);
                resolve();
              }
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
    }
    return latest;
  } finally {
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}
