import { EntityManager } from 'typeorm';
import { AUDIT_LOG_COLUMNS, AuditLogRow, hashedFieldsOf } from './audit-entry';
import { entryHash, GENESIS_HASH } from './entry-hash';

/** An EntityManager or a DataSource: anything that runs SQL in the service's schema. */
export type SqlRunner = Pick<EntityManager, 'query'>;

/**
 * What is wrong with the first broken entry:
 * - 'hash-mismatch': the entry's stored fields no longer give its stored hash: the entry itself was
 *   edited (any column, occurred_at included) after it was written.
 * - 'gap': seq skips numbers before this entry (appends leave no holes): the entries in between were
 *   deleted. The first entry must have seq 1, so deleting from the start shows here too.
 * - 'prev-hash-mismatch': the entry does not point at the hash of the entry before it: that entry
 *   was deleted and the rest renumbered to hide the hole, or its hash was recomputed to hide an edit
 *   of it, or this entry's prev_hash was edited.
 *
 * Not detectable from the table alone: entries removed from the end, or the whole chain rewritten
 * from some entry on. Keep `headHash` of a good run somewhere else and check that a later run's chain
 * still passes through it.
 */
export type AuditChainProblem = 'hash-mismatch' | 'prev-hash-mismatch' | 'gap';

export type AuditVerification =
  | { ok: true; entries: number; headSeq: number | null; headHash: string }
  | {
      ok: false;
      /** Entries read, the broken one included. */
      entriesChecked: number;
      firstBrokenSeq: number;
      entryId: string;
      problem: AuditChainProblem;
    };

/**
 * Walks the whole chain in seq order, a batch at a time (memory stays flat however long the trail),
 * and stops at the first broken link. Entries appended while it runs are checked too.
 */
export async function verifyAuditTrail(db: SqlRunner, options: { batchSize?: number } = {}): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? 2_000;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`audit: batchSize must be a positive integer`);
  let entries = 0;
  let prevSeq = 0;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const rows: AuditLogRow[] = await db.query(
      `SELECT ${AUDIT_LOG_COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [prevSeq, batchSize],
    );
    for (const row of rows) {
      entries += 1;
      const fields = hashedFieldsOf(row);
      const broken = (problem: AuditChainProblem): AuditVerification => ({
        ok: false,
        entriesChecked: entries,
        firstBrokenSeq: fields.seq,
        entryId: row.entry_id,
        problem,
      });
      if (fields.seq !== prevSeq + 1) return broken('gap');
      if (row.prev_hash !== prevHash) return broken('prev-hash-mismatch');
      if (entryHash(row.prev_hash, fields) !== row.hash) return broken('hash-mismatch');
      prevSeq = fields.seq;
      prevHash = row.hash;
    }
    if (rows.length < batchSize) return { ok: true, entries, headSeq: prevSeq || null, headHash: prevHash };
  }
}
