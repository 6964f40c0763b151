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
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error(`audit: ${input.action} must be appended inside the transaction of the change`);
    }
    const entry = auditEntryInputSchema.parse(input);
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
    const prevHash = last?.hash ?? GENESIS_HASH;
    const fields: HashedFields = {
      // Assigned here rather than by the sequence, which a rolled-back append would consume: seq has
      // no holes, so a hole means a deleted entry.
      seq: last ? Number(last.seq) + 1 : 1,
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
    await tx.query(
      `INSERT INTO audit_log (seq, entry_id, occurred_at, actor_id, actor_org_unit_id, action, entity_type,
                              entity_id, org_unit_id, org_path, before, after, reason, correlation_id,
                              prev_hash, hash)
       VALUES ($1, $2, $3::timestamptz, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb, $13, $14, $15, $16)`,
      [
        fields.seq,
        fields.entryId,
        // The very string that was hashed: Postgres keeps it to the millisecond.
        fields.occurredAt,
        fields.actorId,
        fields.actorOrgUnitId,
        fields.action,
        fields.entityType,
        fields.entityId,
        fields.orgUnitId,
        fields.orgPath,
        fields.before === null ? null : JSON.stringify(fields.before),
        fields.after === null ? null : JSON.stringify(fields.after),
        fields.reason,
        fields.correlationId,
        prevHash,
        hash,
      ],
    );
    return toAuditEntry(fields, prevHash, hash);
  }
}
