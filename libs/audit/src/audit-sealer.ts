import { EntityManager } from 'typeorm';
import { AUDIT_LOG_COLUMNS, AuditLogRow, hashedFieldsOf } from './audit-entry';
import { entryHash, GENESIS_HASH } from './entry-hash';

/** The chain's head after a round of sealing. */
export interface SealedBatch {
  /** seq and hash of the last entry sealed. */
  seq: number;
  hash: string;
  /** Entries sealed in this round. */
  entries: number;
}

export const DEFAULT_SEAL_BATCH = 5_000;

/** The chain no longer passes through a head that was published: sealing on top of it would launder the change. */
export class AuditChainDivergedError extends Error {
  constructor(readonly head: { seq: number; hash: string }, found: string | null) {
    super(
      found === null
        ? `audit: the chain ends before seq ${head.seq}, the head it published; entries were removed from the end. Nothing more is sealed until this is looked into`
        : `audit: the entry at seq ${head.seq} no longer has the hash the chain published there; the chain was rewritten. Nothing more is sealed until this is looked into`,
    );
    this.name = 'AuditChainDivergedError';
  }
}

/**
 * Gives entries their place in the hash chain after their transactions committed: one round, inside
 * the caller's transaction (publish the new head in the same transaction, through the outbox).
 *
 * An entry is taken only once its transaction id is older than every transaction still running
 * (`pg_snapshot_xmin`): by then no transaction that began before it can still commit an entry, so the
 * chain is in transaction order and an entry committed late is never skipped. This is how log-based
 * sequencers order what many writers commit at once; a certificate-transparency log does the same
 * with a signed head per batch.
 *
 * One sealer of a schema works at a time (a transaction-scoped advisory lock, tried, never waited
 * for); another instance's round returns null at once. Also null when nothing is ready.
 */
export async function sealAuditEntries(
  tx: EntityManager,
  options: {
    batchSize?: number;
    /**
     * A head published earlier (outside the database). The chain must still pass through it, or
     * nothing is sealed (AuditChainDivergedError): new entries sealed on top of a removed or rewritten
     * tail, and a new head published for them, would hide the change from later verification.
     */
    publishedHead?: { seq: number; hash: string };
  } = {},
): Promise<SealedBatch | null> {
  if (!tx.queryRunner?.isTransactionActive) throw new Error('audit: sealing must run inside a transaction');
  const batchSize = options.batchSize ?? DEFAULT_SEAL_BATCH;
  const [{ locked }]: { locked: boolean }[] = await tx.query(
    `SELECT pg_try_advisory_xact_lock(hashtext('audit-sealer'), hashtext(current_schema())) AS locked`,
  );
  if (!locked) return null;
  if (options.publishedHead) {
    const [at]: { hash: string }[] = await tx.query(`SELECT hash FROM audit_log WHERE seq = $1`, [options.publishedHead.seq]);
    if (!at || at.hash !== options.publishedHead.hash) throw new AuditChainDivergedError(options.publishedHead, at?.hash ?? null);
  }
  const ready: AuditLogRow[] = await tx.query(
    `SELECT ${AUDIT_LOG_COLUMNS} FROM audit_log
      WHERE seq IS NULL AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY tx_id, id LIMIT $1`,
    [batchSize],
  );
  if (ready.length === 0) return null;
  const [head]: { seq: string; hash: string }[] = await tx.query(
    `SELECT seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1`,
  );
  let seq = head ? Number(head.seq) : 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const ids: string[] = [];
  const seqs: number[] = [];
  const prevHashes: string[] = [];
  const hashes: string[] = [];
  for (const row of ready) {
    seq += 1;
    const hash = entryHash(prevHash, hashedFieldsOf(row, seq));
    ids.push(row.id);
    seqs.push(seq);
    prevHashes.push(prevHash);
    hashes.push(hash);
    prevHash = hash;
  }
  const [, sealed]: [unknown, number] = await tx.query(
    `UPDATE audit_log a SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
       FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS v(id, seq, prev_hash, hash)
      WHERE a.id = v.id AND a.seq IS NULL`,
    [ids, seqs, prevHashes, hashes],
  );
  if (sealed !== ready.length) throw new Error(`audit: sealed ${sealed} of ${ready.length} entries; another sealer must have run`);
  return { seq, hash: prevHash, entries: ready.length };
}
