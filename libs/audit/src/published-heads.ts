import { Kafka } from 'kafkajs';
import { auditChainSealedV1, eventEnvelopeSchema } from '@lc/contracts';
import { physicalTopic, readLatestPerKey } from '@lc/messaging';
import { SignedChainHead } from './chain-head';

/**
 * The last head each service published on the audit heads topic, by schema. Heads that do not read as
 * `audit.chain-sealed` are left out (they cannot vouch for anything); of several for one schema (before
 * the broker compacts them) the highest seq counts.
 */
export async function publishedChainHeads(kafka: Kafka, topicPrefix = ''): Promise<Map<string, SignedChainHead>> {
  const heads = new Map<string, SignedChainHead>();
  const latest = await readLatestPerKey(kafka, physicalTopic(auditChainSealedV1.topic, topicPrefix));
  for (const value of latest.values()) {
    const envelope = eventEnvelopeSchema.safeParse(safeJson(value.toString('utf8')));
    if (!envelope.success || envelope.data.type !== auditChainSealedV1.type) continue;
    const payload = auditChainSealedV1.payload.safeParse(envelope.data.payload);
    if (!payload.success) continue;
    const { schema, seq, hash, sealedAt, keyId, signature } = payload.data;
    const known = heads.get(schema);
    if (!known || known.seq < seq) heads.set(schema, { schema, seq, hash, sealedAt, keyId, signature });
  }
  return heads;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
