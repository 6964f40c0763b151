import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { asStoredJson, AuditEntry, AuditEntryInput, auditEntryInputSchema, toAuditEntry } from './audit-entry';
import { entryHash, GENESIS_HASH, HashedFields } from './entry-hash';

export interface AuditTrailOptions {
  /** The clock; tests pin it. */
  now?: () => Date;
}

/**
 * Appends entries to the service's `audit_log` inside the caller's transaction, so that a change and
 * its audit entry are committed together or not at all.
 *
 * Entries of one schema form a single hash chain. Appends are serialised by a transaction-scoped
 * advisory lock, held until the caller commits or rolls back: append as late in the transaction as
 * you can, since every other auditing transaction of the service waits for it from then on.
 */
export class AuditTrail {
  private readonly now: () => Date;

  constructor(options: AuditTrailOptions = {}) {
    this.now = options.now ?? (() => new Date());
  }

  async append(tx: EntityManager, input: AuditEntryInput): Promise<AuditEntry> {
    const [entry] = await this.appendMany(tx, [input]);
    return entry;
  }

  /**
   * Several entries in one go (a bulk import): one lock, one read of the chain's head, and inserts of
   * up to 1,000 rows per statement. The entries are chained in the order given.
   */
  async appendMany(tx: EntityManager, inputs: readonly AuditEntryInput[]): Promise<AuditEntry[]> {
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error(`audit: ${inputs[0]?.action ?? 'an entry'} must be appended inside the transaction of the change`);
    }
    if (inputs.length === 0) return [];
    const parsed = inputs.map((input) => auditEntryInputSchema.parse(input));
    const occurredAt = this.now();
    if (Number.isNaN(occurredAt.getTime())) throw new Error('audit: the clock returned an invalid date');

    // Two statements on purpose: in READ COMMITTED each statement takes a new snapshot, so the read
    // below sees the entry of whoever held the lock before us. Under REPEATABLE READ or SERIALIZABLE
    // the snapshot may predate that entry; the insert then fails on the primary key (we would take the
    // same seq) instead of forking the chain, and the caller retries.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('audit-trail'), hashtext(current_schema()))`);
    const [last]: { seq: string; hash: string }[] = await tx.query(
      `SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`,
    );
    let prevHash = last?.hash ?? GENESIS_HASH;
    // Assigned here rather than by the sequence, which a rolled-back append would consume: seq has
    // no holes, so a hole means a deleted entry.
    let seq = last ? Number(last.seq) : 0;
    const rows: { fields: HashedFields; prevHash: string; hash: string }[] = [];
    for (const entry of parsed) {
      seq += 1;
      const fields: HashedFields = {
        seq,
        entryId: randomUUID(),
        occurredAt: occurredAt.toISOString(),
        actorId: entry.actor.userId,
        actorOrgUnitId: entry.actor.orgUnitId,
        action: entry.action,
        entityType: entry.entity.type,
        entityId: entry.entity.id,
        orgUnitId: entry.entity.orgUnitId ?? null,
        orgPath: entry.entity.orgPath ?? null,
        before: asStoredJson(entry.before, 'before'),
        after: asStoredJson(entry.after, 'after'),
        reason: entry.reason ?? null,
        correlationId: entry.correlationId,
      };
      const hash = entryHash(prevHash, fields);
      rows.push({ fields, prevHash, hash });
      prevHash = hash;
    }
    for (let i = 0; i < rows.length; i += INSERT_BATCH) await insertRows(tx, rows.slice(i, i + INSERT_BATCH));
    return rows.map((row) => toAuditEntry(row.fields, row.prevHash, row.hash));
  }
}

/** Rows per INSERT: one array parameter per column, so the statement size does not grow with it. */
const INSERT_BATCH = 1_000;

async function insertRows(tx: EntityManager, rows: { fields: HashedFields; prevHash: string; hash: string }[]): Promise<void> {
  const column = <T>(pick: (row: { fields: HashedFields; prevHash: string; hash: string }) => T): T[] => rows.map(pick);
  const json = (value: HashedFields['before']) => (value === null ? null : JSON.stringify(value));
  await tx.query(
    `INSERT INTO audit_log (seq, entry_id, occurred_at, actor_id, actor_org_unit_id, action, entity_type,
                            entity_id, org_unit_id, org_path, before, after, reason, correlation_id,
                            prev_hash, hash)
     SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[],
                          $8::text[], $9::text[], $10::text[], $11::jsonb[], $12::jsonb[], $13::text[], $14::text[],
                          $15::text[], $16::text[])`,
    [
      column((r) => r.fields.seq),
      column((r) => r.fields.entryId),
      // The very string that was hashed: Postgres keeps it to the millisecond.
      column((r) => r.fields.occurredAt),
      column((r) => r.fields.actorId),
      column((r) => r.fields.actorOrgUnitId),
      column((r) => r.fields.action),
      column((r) => r.fields.entityType),
      column((r) => r.fields.entityId),
      column((r) => r.fields.orgUnitId),
      column((r) => r.fields.orgPath),
      column((r) => json(r.fields.before)),
      column((r) => json(r.fields.after)),
      column((r) => r.fields.reason),
      column((r) => r.fields.correlationId),
      column((r) => r.prevHash),
      column((r) => r.hash),
    ],
  );
}
