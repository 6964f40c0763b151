import { createHash } from 'node:crypto';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** prev_hash of the first entry: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Exactly what an entry's hash covers, in the form the entry has once stored: the same values must
 * come back from Postgres for `verifyAuditTrail` to recompute the same hash.
 */
export interface HashedFields {
  seq: number;
  entryId: string;
  /** ISO 8601 in UTC with milliseconds, as `Date.toISOString()` writes it. */
  occurredAt: string;
  actorId: string;
  actorOrgUnitId: string;
  action: string;
  entityType: string;
  entityId: string;
  orgUnitId: string | null;
  orgPath: string | null;
  before: JsonValue;
  after: JsonValue;
  reason: string | null;
  correlationId: string;
}

/**
 * JSON with object keys sorted (by UTF-16 code units, recursively) and no whitespace, so that equal
 * values always give equal text whatever order their keys were built or stored in (jsonb reorders
 * them). Strings and numbers are written as JSON.stringify writes them, which makes this the
 * canonical form of RFC 8785. Anything JSON cannot carry throws instead of being dropped silently:
 * a hash must not cover less than the caller thinks.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'object': {
      // Array.from visits holes (as undefined, which throws) where map would skip them.
      if (Array.isArray(value)) return `[${Array.from(value, canonicalJson).join(',')}]`;
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) {
        throw new TypeError(`canonicalJson: ${prototype?.constructor?.name ?? 'object'} is not a plain JSON object`);
      }
      const record = value as Record<string, unknown>;
      const members = Object.keys(record)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
      return `{${members.join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} is not a JSON value`);
  }
}

/** SHA-256 (hex) of the entry's fields together with the previous entry's hash: the link of the chain. */
export function entryHash(prevHash: string, fields: HashedFields): string {
  return createHash('sha256').update(canonicalJson({ prevHash, entry: fields }), 'utf8').digest('hex');
}
