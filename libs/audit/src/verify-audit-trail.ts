import { EntityManager } from 'typeorm';
import { AUDIT_LOG_COLUMNS, AuditLogRow, hashedFieldsOf } from './audit-entry';
import { chainHeadSignatureValid, SignedChainHead } from './chain-head';
import { entryHash, GENESIS_HASH } from './entry-hash';

/** An EntityManager or a DataSource: anything that runs SQL in the service's schema. */
export type SqlRunner = Pick<EntityManager, 'query'>;

/**
 * What is wrong with the first broken entry:
 * - 'hash-mismatch': the entry's stored fields no longer give its stored hash: the entry itself was
 *   edited (any column, occurred_at included) after it was sealed.
 * - 'gap': seq skips numbers before this entry (sealing leaves no holes): the entries in between were
 *   deleted. The first entry must have seq 1, so deleting from the start shows here too.
 * - 'prev-hash-mismatch': the entry does not point at the hash of the entry before it: that entry
 *   was deleted and the rest renumbered to hide the hole, or its hash was recomputed to hide an edit
 *   of it, or this entry's prev_hash was edited.
 * Against the head last published outside the database (a compacted Kafka topic):
 * - 'tail-removed': the chain ends before the published head's entry: entries were removed from the end.
 * - 'tail-rewritten': the entry at the published head's seq has another hash: the chain was rewritten
 *   from some entry on (and its hashes recomputed).
 * - 'head-signature-invalid': the published head was not signed by the service's key.
 */
export type AuditChainProblem = 'hash-mismatch' | 'prev-hash-mismatch' | 'gap' | 'tail-removed' | 'tail-rewritten' | 'head-signature-invalid';

/** The published head the chain was checked against; null when none was published yet. */
export type PublishedHeadSummary = { seq: number; hash: string; sealedAt: string } | null;

export type AuditVerification =
  | {
      ok: true;
      /** Sealed entries walked. */
      entries: number;
      headSeq: number | null;
      headHash: string;
      /** Entries written but not sealed yet (their transactions committed moments ago, or are still open). */
      unsealed: number;
      published?: PublishedHeadSummary;
    }
  | {
      ok: false;
      /** Entries read, the broken one included. */
      entriesChecked: number;
      firstBrokenSeq: number;
      /** The broken entry, when there is one to name (not for a removed tail). */
      entryId: string | null;
      problem: AuditChainProblem;
      published?: PublishedHeadSummary;
    };

export interface VerifyOptions {
  batchSize?: number;
  /**
   * The head last published outside the database and the public key it must be signed with. The chain
   * must reach that head's seq and have that hash there; without it, removing or rewriting the tail of
   * the chain cannot be told from the table alone.
   */
  published?: { head: SignedChainHead | null; publicKeyPem: string };
}

/**
 * Walks the whole sealed chain in seq order, a batch at a time (memory stays flat however long the
 * trail), and stops at the first broken link; then checks the chain against the published head.
 */
export async function verifyAuditTrail(db: SqlRunner, options: VerifyOptions = {}): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? 2_000;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`audit: batchSize must be a positive integer`);
  const head = options.published?.head ?? null;
  const published = options.published ? { published: head && { seq: head.seq, hash: head.hash, sealedAt: head.sealedAt } } : {};
  let entries = 0;
  let prevSeq = 0;
  let prevHash = GENESIS_HASH;
  let atPublishedSeq: { hash: string; entryId: string } | undefined;
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
        ...published,
      });
      if (fields.seq !== prevSeq + 1) return broken('gap');
      if (row.prev_hash !== prevHash) return broken('prev-hash-mismatch');
      if (entryHash(row.prev_hash, fields) !== row.hash) return broken('hash-mismatch');
      if (head && fields.seq === head.seq) atPublishedSeq = { hash: row.hash, entryId: row.entry_id };
      prevSeq = fields.seq;
      prevHash = row.hash;
    }
    if (rows.length < batchSize) break;
  }
  if (head && options.published) {
    const fail = (problem: AuditChainProblem, firstBrokenSeq: number, entryId: string | null): AuditVerification => ({
      ok: false,
      entriesChecked: entries,
      firstBrokenSeq,
      entryId,
      problem,
      ...published,
    });
    if (!chainHeadSignatureValid(head, options.published.publicKeyPem)) return fail('head-signature-invalid', head.seq, null);
    if (!atPublishedSeq) return fail('tail-removed', prevSeq + 1, null);
    if (atPublishedSeq.hash !== head.hash) return fail('tail-rewritten', head.seq, atPublishedSeq.entryId);
  }
  const [{ unsealed }]: { unsealed: number }[] = await db.query(`SELECT count(*)::int AS unsealed FROM audit_log WHERE seq IS NULL`);
  return { ok: true, entries, headSeq: prevSeq || null, headHash: prevHash, unsealed, ...published };
}
