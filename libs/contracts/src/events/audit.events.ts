import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';

/**
 * The head of a service's audit chain after a batch of entries was sealed, signed by the service. It
 * is published outside the database, on a compacted topic keyed by the service's schema, so that an
 * auditor can tell when the tail of a chain was removed or rewritten: the chain in the database must
 * still pass through the last head that was published.
 */
const chainHead = z.object({
  /** The Postgres schema whose `audit_log` the head belongs to (one chain per service). */
  schema: z.string().regex(/^[a-z_][a-z0-9_]*$/),
  /** Position and hash of the last sealed entry. */
  seq: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** When the batch was sealed, ISO 8601. */
  sealedAt: z.iso.datetime(),
  /** Entries this batch sealed. */
  entries: z.number().int().min(1),
  /** SHA-256 of the signing public key (SPKI DER), hex: which key to verify with. */
  keyId: z.string().regex(/^[0-9a-f]{64}$/),
  /** Ed25519 signature of the canonical JSON of { schema, seq, hash, sealedAt }, base64. */
  signature: z.string().min(1),
});

export const auditChainSealedV1 = defineEvent({
  type: 'audit.chain-sealed',
  version: 1,
  topic: Topics.auditHeads,
  description:
    "A batch of a service's audit entries was sealed into its hash chain; the payload is the chain's new head, signed. Auditors verify each chain against the last head published (npm run audit:verify, GET /audit/verify).",
  payload: chainHead,
});

export type AuditChainSealedV1 = z.infer<typeof chainHead>;
