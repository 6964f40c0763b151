import { AuditEntry } from './audit-entry';
import { auditCsvLine, auditTrailCsv, csvField, UTF8_BOM } from './audit-csv';
import { readCsv } from '../test/fixtures/read-csv';

const entry: AuditEntry = {
  id: 7,
  seq: 3,
  entryId: '2f1c4bde-0a9c-4a43-9d0e-6a2b1e0f5c11',
  occurredAt: new Date('2026-05-01T08:30:00.123Z'),
  actor: { userId: 'user-1', orgUnitId: 'county-a' },
  action: 'reward.issued',
  entity: { type: 'reward', id: 'r-1', orgUnitId: null, orgPath: null },
  before: null,
  after: { amount: 200, note: '现金, "红包"\n已发' },
  reason: '同意，发放奖励 200 元, "按规定"\n第二行',
  correlationId: 'corr-1',
  prevHash: '0'.repeat(64),
  hash: 'f'.repeat(64),
};

describe('csvField', () => {
  it('leaves plain text alone', () => {
    expect(csvField('plain 文本')).toBe('plain 文本');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('writes null as an empty field', () => {
    expect(csvField(null)).toBe('');
  });

  it('keeps Excel from running a formula typed into a field, unless told not to', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=1', { guardFormulas: false })).toBe('=1');
  });
});

describe('auditTrailCsv', () => {
  it('starts with a UTF-8 BOM and a header, and ends lines with CRLF', () => {
    const csv = auditTrailCsv([entry]);
    expect(csv.startsWith(`${UTF8_BOM}id,seq,entry_id,occurred_at,`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('reads back field for field, with before and after as JSON text', () => {
    const [header, line] = readCsv(auditTrailCsv([entry]).slice(1));
    const record = Object.fromEntries(header.map((h, i) => [h, line[i]]));
    expect(record).toMatchObject({
      id: '7',
      seq: '3',
      occurred_at: '2026-05-01T08:30:00.123Z',
      reason: entry.reason,
      before: '',
      org_unit_id: '',
      after: JSON.stringify(entry.after),
      hash: entry.hash,
    });
    expect(JSON.parse(record.after)).toEqual(entry.after);
  });

  it('leaves seq and the hashes empty for an entry not sealed yet', () => {
    const [header, line] = readCsv(auditTrailCsv([{ ...entry, seq: null, prevHash: null, hash: null }]).slice(1));
    const record = Object.fromEntries(header.map((h, i) => [h, line[i]]));
    expect(record).toMatchObject({ id: '7', seq: '', prev_hash: '', hash: '' });
  });

  it('writes one line per entry', () => {
    expect(readCsv(auditCsvLine(entry) + auditCsvLine({ ...entry, seq: 4 }))).toHaveLength(2);
  });
});
