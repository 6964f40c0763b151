/**
 * What the soak reads from its broker: how far each of the services' consumer groups lags behind its
 * topics (for quiet), and every message in the dead-letter topics (for reconciliation).
 */
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { sleep } from './log';

export interface DeadLetter {
  topic: string;
  partition: number;
  offset: string;
  error: string | null;
  consumer: string | null;
  eventType: string | null;
}

export class SoakKafka {
  private readonly kafka: Kafka;

  constructor(
    brokers: string,
    private readonly prefix: string,
  ) {
    this.kafka = new Kafka({ clientId: 'soak', brokers: brokers.split(','), logLevel: logLevel.NOTHING, retry: { retries: 3 } });
  }

  /** Messages not yet consumed, summed over the prefix's consumer groups and their partitions. */
  async consumerLag(): Promise<{ lag: number; groups: number; byGroup: Record<string, number> }> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((id) => id.startsWith(this.prefix));
      const byGroup: Record<string, number> = {};
      const ends = new Map<string, Map<number, { high: number; low: number }>>();
      let lag = 0;
      for (const groupId of groups) {
        let groupLag = 0;
        for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
          if (!ends.has(topic)) {
            ends.set(topic, new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, { high: Number(p.high), low: Number(p.low) }])));
          }
          for (const { partition, offset } of partitions) {
            const end = ends.get(topic)!.get(partition);
            if (!end) continue;
            const committed = Number(offset) < 0 ? end.low : Number(offset);
            groupLag += Math.max(0, end.high - committed);
          }
        }
        byGroup[groupId] = groupLag;
        lag += groupLag;
      }
      return { lag, groups: groups.length, byGroup };
    } finally {
      await admin.disconnect();
    }
  }

  /** Every message of every `<prefix>*.dlt` topic, from the beginning, with its dlt-error header. */
  async deadLetters(timeoutMs = 30_000): Promise<{ topics: string[]; letters: DeadLetter[]; expected: number }> {
    const admin = this.kafka.admin();
    await admin.connect();
    let topics: string[];
    let expected = 0;
    try {
      topics = (await admin.listTopics()).filter((t) => t.startsWith(this.prefix) && t.endsWith('.dlt')).sort();
      for (const topic of topics) {
        for (const p of await admin.fetchTopicOffsets(topic)) expected += Number(p.high) - Number(p.low);
      }
    } finally {
      await admin.disconnect();
    }
    const letters: DeadLetter[] = [];
    if (expected === 0) return { topics, letters, expected };
    const groupId = `soak-dlt-reader-${randomUUID()}`;
    const consumer = this.kafka.consumer({ groupId, maxWaitTimeInMs: 200 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics, fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ topic, partition, message }) => {
          const header = (name: string) => (message.headers?.[name] !== undefined ? String(message.headers[name]) : null);
          let eventType: string | null = null;
          try {
            eventType = JSON.parse(String(message.value)).type ?? null;
          } catch {
            // Not JSON: the poison message itself.
          }
          letters.push({ topic, partition, offset: message.offset, error: header('dlt-error'), consumer: header('dlt-consumer'), eventType });
        },
      });
      const deadline = Date.now() + timeoutMs;
      while (letters.length < expected && Date.now() < deadline) await sleep(200);
    } finally {
      await consumer.disconnect();
      const cleanup = this.kafka.admin();
      await cleanup.connect();
      await cleanup.deleteGroups([groupId]).catch(() => undefined);
      await cleanup.disconnect();
    }
    return { topics, letters, expected };
  }
}
