import { AuditEntry } from './audit-entry';
import { AuditTrailFilter, MAX_AUDIT_PAGE_SIZE, queryAuditTrail } from './query-audit-trail';
import { SqlRunner } from './verify-audit-trail';

/** Excel takes a file without it for the local code page and garbles Chinese text. */
export const UTF8_BOM = '\uFEFF';

export const AUDIT_CSV_COLUMNS = [
  'id',
  'seq',
  'entry_id',
  'occurred_at',
  'actor_id',
  'actor_org_unit_id',
  'action',
  'entity_type',
  'entity_id',
  'org_unit_id',
  'org_path',
  'reason',
  'before',
  'after',
  'correlation_id',
  'prev_hash',
  'hash',
] as const;

export interface AuditCsvOptions {
  /**
   * Prefix text starting with = + - @ (or a tab or carriage return) with an apostrophe, so that Excel
   * shows a typed-in reason like '=HYPERLINK(…)' as text instead of running it (CSV injection).
   * On by default; turn it off for a file that programs, not people, will read.
   */
  guardFormulas?: boolean;
}

/** One RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled. Null is empty. */
export function csvField(value: string | null, options: AuditCsvOptions = {}): string {
  if (value === null) return '';
  const text = options.guardFormulas !== false && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One entry as a CSV line (CRLF-terminated); before and after as JSON text. */
export function auditCsvLine(entry: AuditEntry, options: AuditCsvOptions = {}): string {
  const json = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));
  const values: (string | null)[] = [
    String(entry.id),
    entry.seq === null ? null : String(entry.seq),
    entry.entryId,
    entry.occurredAt.toISOString(),
    entry.actor.userId,
    entry.actor.orgUnitId,
    entry.action,
    entry.entity.type,
    entry.entity.id,
    entry.entity.orgUnitId,
    entry.entity.orgPath,
    entry.reason,
    json(entry.before),
    json(entry.after),
    entry.correlationId,
    entry.prevHash,
    entry.hash,
  ];
  return `${values.map((v) => csvField(v, options)).join(',')}\r\n`;
}

export const auditCsvHeader = (): string => `${UTF8_BOM}${AUDIT_CSV_COLUMNS.join(',')}\r\n`;

/** A whole file (BOM, header, one line per entry) for entries already in hand. */
export function auditTrailCsv(entries: readonly AuditEntry[], options: AuditCsvOptions = {}): string {
  return auditCsvHeader() + entries.map((e) => auditCsvLine(e, options)).join('');
}

/**
 * The same file for everything a filter matches, produced page by page so that an export of the
 * whole trail never sits in memory: `Readable.from(auditTrailCsvChunks(…))` streams it to a response.
 */
export async function* auditTrailCsvChunks(
  db: SqlRunner,
  filter: Omit<AuditTrailFilter, 'limit' | 'cursor'> = {},
  options: AuditCsvOptions = {},
): AsyncGenerator<string> {
  yield auditCsvHeader();
  let cursor: string | null = null;
  do {
    const page = await queryAuditTrail(db, { ...filter, limit: MAX_AUDIT_PAGE_SIZE, cursor });
    if (page.entries.length > 0) yield page.entries.map((e) => auditCsvLine(e, options)).join('');
    cursor = page.nextCursor;
  } while (cursor !== null);
}
