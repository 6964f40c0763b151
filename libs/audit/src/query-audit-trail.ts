import { z } from 'zod';
import { escapeLike } from '@lc/org';
import { AUDIT_LOG_COLUMNS, AuditEntry, AuditLogRow, orgPathSchema, rowToAuditEntry } from './audit-entry';
import { SqlRunner } from './verify-audit-trail';

export const MAX_AUDIT_PAGE_SIZE = 500;

/** All given conditions must hold. */
export interface AuditTrailFilter {
  entity?: { type: string; id: string };
  actorId?: string;
  /** Entries of this org unit and its whole subtree: org_path equal to this path or below it. */
  orgPath?: string;
  /** occurred_at >= from */
  from?: Date;
  /** occurred_at < to */
  to?: Date;
  /** 1 to 500; 100 when not given. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string | null;
}

export interface AuditTrailPage {
  /** Newest first, in the order they were written (id); an entry not sealed yet has no seq and hash. */
  entries: AuditEntry[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

const nonEmpty = z.string().min(1);

const filterSchema = z.object({
  entity: z.object({ type: nonEmpty, id: nonEmpty }).optional(),
  actorId: nonEmpty.optional(),
  orgPath: orgPathSchema.optional(),
  from: z.date().optional(),
  to: z.date().optional(),
  limit: z.number().int().min(1).max(MAX_AUDIT_PAGE_SIZE).default(100),
  cursor: z.string().regex(/^[1-9][0-9]{0,17}$/, 'not a cursor of this trail').nullish(),
});

/** For an auditor: the trail filtered by entity, actor, org subtree and time, a page at a time. */
export async function queryAuditTrail(db: SqlRunner, filter: AuditTrailFilter = {}): Promise<AuditTrailPage> {
  const f = filterSchema.parse(filter);
  const params: unknown[] = [];
  const param = (value: unknown): string => `$${params.push(value)}`;
  const where: string[] = [];
  if (f.entity) where.push(`entity_type = ${param(f.entity.type)} AND entity_id = ${param(f.entity.id)}`);
  if (f.actorId) where.push(`actor_id = ${param(f.actorId)}`);
  if (f.orgPath) {
    // The unit itself, or anything below it: '/city/county-a' must not match '/city/county-ab'. Both
    // arms can use the text_pattern_ops index.
    where.push(`(org_path = ${param(f.orgPath)} OR org_path LIKE ${param(`${escapeLike(f.orgPath)}/%`)})`);
  }
  if (f.from) where.push(`occurred_at >= ${param(f.from.toISOString())}::timestamptz`);
  if (f.to) where.push(`occurred_at < ${param(f.to.toISOString())}::timestamptz`);
  if (f.cursor) where.push(`id < ${param(f.cursor)}::bigint`);
  // One row more than asked tells whether there is a next page.
  const rows: AuditLogRow[] = await db.query(
    `SELECT ${AUDIT_LOG_COLUMNS} FROM audit_log
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY id DESC LIMIT ${param(f.limit + 1)}`,
    params,
  );
  const entries = rows.slice(0, f.limit).map(rowToAuditEntry);
  const more = rows.length > f.limit;
  return { entries, nextCursor: more ? String(entries[entries.length - 1].id) : null };
}
