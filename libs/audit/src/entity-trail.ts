import { AUDIT_LOG_COLUMNS, AuditLogRow, hashedFieldsOf, rowToAuditEntry } from './audit-entry';
import type { AuditEntry } from './audit-entry';
import { entryHash, GENESIS_HASH } from './entry-hash';
import type { SqlRunner } from './verify-audit-trail';

/**
 * Whether one entry still holds, on its own and against its neighbour in the chain:
 * - 'verified': its stored fields give its stored hash, and its prev_hash is the hash of the entry
 *   sealed just before it (the genesis hash for the first);
 * - 'altered': its fields no longer give its hash: the entry was edited after it was sealed;
 * - 'unlinked': its prev_hash is not the hash of the entry before it, or that entry is gone;
 * - 'unsealed': not in the chain yet (its transaction committed moments ago).
 */
export type AuditEntryCheck = 'verified' | 'altered' | 'unlinked' | 'unsealed';

export interface CheckedAuditEntry {
  entry: AuditEntry;
  check: AuditEntryCheck;
}

/** At most this many entries make up one item's trail; an item with more is cut at its oldest. */
export const MAX_ENTITY_TRAIL = 2_000;

/**
 * Every entry about the given entities (type and id), oldest first, each checked against its own hash
 * and its predecessor's: what one record's history (a case file) shows with its verification badges,
 * without walking the whole chain (`verifyAuditTrail` does that, and finds the first broken link).
 * The entries one transaction wrote stay together, in the order of the transactions, and within one the
 * entry that creates a record comes first (a reward is created, then issued, in one transaction).
 */
export async function entityTrail(db: SqlRunner, entities: readonly { type: string; id: string }[]): Promise<CheckedAuditEntry[]> {
  if (entities.length === 0) return [];
  const rows: AuditLogRow[] = await db.query(
    `SELECT ${AUDIT_LOG_COLUMNS} FROM (
       SELECT *, min(occurred_at) OVER (PARTITION BY tx_id) AS tx_at FROM audit_log
        WHERE (entity_type, entity_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))) AS t
      ORDER BY tx_at, tx_id, (action LIKE '%.created' OR action LIKE '%.reported') DESC, id LIMIT ${MAX_ENTITY_TRAIL}`,
    [entities.map((e) => e.type), entities.map((e) => e.id)],
  );
  const previousSeqs = rows.filter((r) => r.seq !== null && Number(r.seq) > 1).map((r) => Number(r.seq) - 1);
  const previous: { seq: string; hash: string | null }[] =
    previousSeqs.length === 0 ? [] : await db.query(`SELECT seq, hash FROM audit_log WHERE seq = ANY($1::bigint[])`, [previousSeqs]);
  const hashBefore = new Map(previous.map((p) => [Number(p.seq), p.hash]));
  return rows.map((row) => ({ entry: rowToAuditEntry(row), check: checkEntry(row, hashBefore) }));
}

function checkEntry(row: AuditLogRow, hashBefore: Map<number, string | null>): AuditEntryCheck {
  if (row.seq === null) return 'unsealed';
  const seq = Number(row.seq);
  if (row.prev_hash === null || row.hash === null) return 'altered';
  if (entryHash(row.prev_hash, hashedFieldsOf(row)) !== row.hash) return 'altered';
  const expectedPrev = seq === 1 ? GENESIS_HASH : hashBefore.get(seq - 1);
  return expectedPrev === row.prev_hash ? 'verified' : 'unlinked';
}
