import { z } from 'zod';
import { HashedFields, JsonValue } from './entry-hash';

/** What a service says about one state change; the trail adds id, time, position and hashes. */
export interface AuditEntryInput {
  /** Who acted, and the org unit they acted for (a user may act for one unit with several roles). */
  actor: { userId: string; orgUnitId: string };
  /** What happened, as `<entity>.<past-tense verb>`, e.g. 'org-unit.moved', 'reward.issued'. */
  action: string;
  entity: {
    type: string;
    id: string;
    /** The org unit the entity belongs to, when it belongs to one. */
    orgUnitId?: string | null;
    /** Path of that unit from the root, itself included, e.g. '/city/county-a/town-1'; subtree queries use it. */
    orgPath?: string | null;
  };
  /** State before and after the change, as JSON (anything JSON.stringify accepts; it is stored as jsonb). */
  before?: unknown;
  after?: unknown;
  /** Why: the opinion text of an approval step, a rejection reason. */
  reason?: string | null;
  correlationId: string;
}

/** One entry as stored. */
export interface AuditEntry {
  /** The order entries were written in; paging follows it. */
  id: number;
  /** Place in the hash chain; null until the entry is sealed (moments after its transaction commits). */
  seq: number | null;
  entryId: string;
  occurredAt: Date;
  actor: { userId: string; orgUnitId: string };
  action: string;
  entity: { type: string; id: string; orgUnitId: string | null; orgPath: string | null };
  before: JsonValue;
  after: JsonValue;
  reason: string | null;
  correlationId: string;
  prevHash: string | null;
  hash: string | null;
}

const nonEmpty = z.string().min(1);

/** '/a/b/c': no trailing slash and no empty segment, so that "path or path + '/%'" is exactly the subtree. */
export const orgPathSchema = z.string().regex(/^(\/[^/]+)+$/, "an org path looks like '/city/county-a/town-1'");

export const auditEntryInputSchema = z.object({
  actor: z.object({ userId: nonEmpty, orgUnitId: nonEmpty }),
  action: nonEmpty,
  entity: z.object({
    type: nonEmpty,
    id: nonEmpty,
    orgUnitId: nonEmpty.nullish(),
    orgPath: orgPathSchema.nullish(),
  }),
  // .optional(): zod 4 refuses a missing key for a bare z.unknown().
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  reason: z.string().nullish(),
  correlationId: nonEmpty,
});

/**
 * The value as it will come back from jsonb: Dates become strings, undefined members disappear. The
 * hash is computed over this, never over the caller's object, or verification could not reproduce it.
 * Absent and JSON null are both stored as SQL NULL.
 */
export function asStoredJson(value: unknown, what: string): JsonValue {
  if (value === undefined || value === null) return null;
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError(`audit: ${what} cannot be written as JSON`);
  return JSON.parse(text) as JsonValue;
}

/** The columns every reader selects; `occurred_at_us` is the stored time to the microsecond, in UTC. */
export const AUDIT_LOG_COLUMNS = `id, seq, entry_id,
  to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS occurred_at_us,
  actor_id, actor_org_unit_id, action, entity_type, entity_id, org_unit_id, org_path,
  before, after, reason, correlation_id, prev_hash, hash`;

export interface AuditLogRow {
  id: string;
  seq: string | null;
  entry_id: string;
  occurred_at_us: string;
  actor_id: string;
  actor_org_unit_id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  org_unit_id: string | null;
  org_path: string | null;
  before: JsonValue;
  after: JsonValue;
  reason: string | null;
  correlation_id: string;
  prev_hash: string | null;
  hash: string | null;
}

/** What the hash covers, for an entry at position `seq` of the chain (its own seq once sealed). */
export function hashedFieldsOf(row: AuditLogRow, seq = Number(row.seq)): HashedFields {
  return {
    seq,
    entryId: row.entry_id,
    // Appends store whole milliseconds, which print as toISOString() did. A time edited to a finer
    // value keeps all six digits, so it cannot hash like the original.
    occurredAt: `${row.occurred_at_us.endsWith('000') ? row.occurred_at_us.slice(0, -3) : row.occurred_at_us}Z`,
    actorId: row.actor_id,
    actorOrgUnitId: row.actor_org_unit_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    orgUnitId: row.org_unit_id,
    orgPath: row.org_path,
    before: row.before,
    after: row.after,
    reason: row.reason,
    correlationId: row.correlation_id,
  };
}

export function rowToAuditEntry(row: AuditLogRow): AuditEntry {
  const sealed = row.seq !== null;
  const fields = hashedFieldsOf(row, sealed ? Number(row.seq) : 0);
  return { id: Number(row.id), seq: sealed ? fields.seq : null, ...entryContentOf(fields), prevHash: row.prev_hash, hash: row.hash };
}

/** An entry's content, from the fields its hash covers: everything but its row id and place in the chain. */
export function entryContentOf(fields: Omit<HashedFields, 'seq'>): Omit<AuditEntry, 'id' | 'seq' | 'prevHash' | 'hash'> {
  return {
    entryId: fields.entryId,
    occurredAt: new Date(fields.occurredAt),
    actor: { userId: fields.actorId, orgUnitId: fields.actorOrgUnitId },
    action: fields.action,
    entity: { type: fields.entityType, id: fields.entityId, orgUnitId: fields.orgUnitId, orgPath: fields.orgPath },
    before: fields.before,
    after: fields.after,
    reason: fields.reason,
    correlationId: fields.correlationId,
  };
}
