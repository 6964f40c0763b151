import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { InsertPart, OneStatement } from '@lc/messaging';
import { asStoredJson, AuditEntry, AuditEntryInput, auditEntryInputSchema, entryContentOf } from './audit-entry';
import { HashedFields } from './entry-hash';

export interface AuditTrailOptions {
  /** The clock; tests pin it. */
  now?: () => Date;
}

type UnsealedFields = Omit<HashedFields, 'seq'>;

/**
 * Appends entries to the service's `audit_log` inside the caller's transaction, so that a change and
 * its audit entry are committed together or not at all.
 *
 * Appending takes no lock: an entry is a plain insert, so auditing transactions never wait for each
 * other. Each entry records its transaction (`tx_id`); once that transaction and every one that began
 * before it have ended, the sealer gives it its place in the service's hash chain (see
 * `sealAuditEntries`). A rolled-back entry is never sealed, so the chain has no holes.
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

  /** Several entries in one go (a bulk import): inserts of up to 1,000 rows per statement, chained later in the order given. */
  async appendMany(tx: EntityManager, inputs: readonly AuditEntryInput[]): Promise<AuditEntry[]> {
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error(`audit: ${inputs[0]?.action ?? 'an entry'} must be appended inside the transaction of the change`);
    }
    if (inputs.length === 0) return [];
    const entries = this.fieldsOf(inputs);
    const ids = new Map<string, number>();
    for (let i = 0; i < entries.length; i += INSERT_BATCH) {
      const insert = insertOf(entries.slice(i, i + INSERT_BATCH));
      const written: { id: string; entry_id: string }[] = await tx.query(`${insert.sql} RETURNING id, entry_id`, insert.params);
      for (const row of written) ids.set(row.entry_id, Number(row.id));
    }
    // Appended, not yet sealed: no place in the chain until the sealer gives it one.
    return entries.map((fields) => ({ id: ids.get(fields.entryId) as number, seq: null, ...entryContentOf(fields), prevHash: null, hash: null }));
  }

  /**
   * The entries, written with the rest of a change made of inserts only, in its one statement (a
   * single statement needs no transaction to be atomic). Sealed like any other once it committed.
   */
  addTo(statement: OneStatement, inputs: readonly AuditEntryInput[]): void {
    const entries = this.fieldsOf(inputs);
    for (let i = 0; i < entries.length; i += INSERT_BATCH) statement.add(insertOf(entries.slice(i, i + INSERT_BATCH)));
  }

  private fieldsOf(inputs: readonly AuditEntryInput[]): UnsealedFields[] {
    const occurredAt = this.now();
    if (Number.isNaN(occurredAt.getTime())) throw new Error('audit: the clock returned an invalid date');
    return inputs.map((input) => {
      const entry = auditEntryInputSchema.parse(input);
      return {
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
    });
  }
}

/** Rows per INSERT: one array parameter per column, so the statement size does not grow with it. */
const INSERT_BATCH = 1_000;

function insertOf(rows: UnsealedFields[]): InsertPart {
  const column = <T>(pick: (row: UnsealedFields) => T): T[] => rows.map(pick);
  const json = (value: HashedFields['before']) => (value === null ? null : JSON.stringify(value));
  // WITH ORDINALITY … ORDER BY: ids follow the order given, which is the order the sealer chains them in.
  return {
    sql: `INSERT INTO audit_log (entry_id, occurred_at, actor_id, actor_org_unit_id, action, entity_type,
                            entity_id, org_unit_id, org_path, before, after, reason, correlation_id)
     SELECT e.entry_id, e.occurred_at, e.actor_id, e.actor_org_unit_id, e.action, e.entity_type,
            e.entity_id, e.org_unit_id, e.org_path, e.before, e.after, e.reason, e.correlation_id
       FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::text[], $9::text[], $10::jsonb[], $11::jsonb[], $12::text[], $13::text[])
            WITH ORDINALITY AS e(entry_id, occurred_at, actor_id, actor_org_unit_id, action, entity_type,
                                 entity_id, org_unit_id, org_path, before, after, reason, correlation_id, n)
      ORDER BY e.n`,
    params: [
      column((r) => r.entryId),
      // The very string that will be hashed: Postgres keeps it to the millisecond.
      column((r) => r.occurredAt),
      column((r) => r.actorId),
      column((r) => r.actorOrgUnitId),
      column((r) => r.action),
      column((r) => r.entityType),
      column((r) => r.entityId),
      column((r) => r.orgUnitId),
      column((r) => r.orgPath),
      column((r) => json(r.before)),
      column((r) => json(r.after)),
      column((r) => r.reason),
      column((r) => r.correlationId),
    ],
  };
}
