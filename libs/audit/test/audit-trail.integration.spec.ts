import { DataSource } from 'typeorm';
import { createTestDatabase, openTestDataSource } from '@lc/testing';
import {
  AuditEntry,
  AuditEntryInput,
  AuditTrail,
  AuditTrail1732300000050,
  auditTrailCsv,
  auditTrailCsvChunks,
  entryHash,
  GENESIS_HASH,
  queryAuditTrail,
  verifyAuditTrail,
} from '../src';
import { readCsv } from './fixtures/read-csv';

let database: { url: string; drop: () => Promise<void> };
const opened: DataSource[] = [];

beforeAll(async () => {
  database = await createTestDatabase('audit');
});

afterAll(async () => {
  await Promise.all(opened.map((d) => d.destroy()));
  await database?.drop();
});

/** Each test gets a schema of its own, so an empty trail of its own, as a service would have it. */
async function freshSchema(): Promise<DataSource> {
  const dataSource = await openTestDataSource({
    url: database.url,
    schema: `audit_${opened.length + 1}`,
    migrations: [AuditTrail1732300000050],
  });
  opened.push(dataSource);
  return dataSource;
}

function change(n: number, overrides: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return {
    actor: { userId: 'user-1', orgUnitId: 'county-a' },
    action: 'org-unit.renamed',
    entity: { type: 'org-unit', id: `unit-${n}`, orgUnitId: `unit-${n}`, orgPath: `/city/county-a/unit-${n}` },
    before: { name: `旧名称 ${n}` },
    after: { name: `新名称 ${n}` },
    reason: null,
    correlationId: `corr-${n}`,
    ...overrides,
  };
}

/** One transaction per entry, as separate requests of a service would append them. */
async function appendEach(dataSource: DataSource, trail: AuditTrail, inputs: AuditEntryInput[]): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  for (const input of inputs) entries.push(await dataSource.transaction((tx) => trail.append(tx, input)));
  return entries;
}

/** Everything in the trail, newest first, page by page. */
async function allEntries(dataSource: DataSource): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let cursor: string | null = null;
  do {
    const page = await queryAuditTrail(dataSource, { limit: 500, cursor });
    entries.push(...page.entries);
    cursor = page.nextCursor;
  } while (cursor);
  return entries;
}

/** What someone with the table owner's rights could do: switch the append-only trigger off and edit. */
async function tamper(dataSource: DataSource, ...statements: string[]): Promise<void> {
  await dataSource.transaction(async (tx) => {
    await tx.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    for (const sql of statements) await tx.query(sql);
    await tx.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
  });
}

const seqsOf = (entries: AuditEntry[]): number[] => entries.map((e) => e.seq);

describe('appending', () => {
  it('chains each entry to the one before it, from the genesis hash, and stores what was hashed', async () => {
    const dataSource = await freshSchema();
    const trail = new AuditTrail();
    // Values jsonb stores differently from how JS wrote them: key order, nesting, numbers, Dates, text.
    const awkward = {
      z: [1, 0.1 + 0.2, -0, 1e21, 2 ** 60, 5e-324, true, null],
      a: { y: '引号"、反斜杠\\、换行\n', x: 'emoji 🎉', when: new Date('2026-05-01T00:00:00Z') },
      dropped: undefined,
      '': 'empty key',
    };
    const appended = await appendEach(dataSource, trail, [
      change(1),
      change(2, { before: awkward, after: [awkward], reason: '同意。' }),
      change(3, { before: undefined, after: undefined, entity: { type: 'competition', id: 'c-1' } }),
      change(4, { before: 'just text', after: 42 }),
    ]);

    expect(seqsOf(appended)).toEqual([1, 2, 3, 4]);
    expect(appended[0].prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < appended.length; i += 1) expect(appended[i].prevHash).toBe(appended[i - 1].hash);
    expect(new Set(appended.map((e) => e.hash)).size).toBe(4);
    expect(appended[2]).toMatchObject({ before: null, after: null, entity: { orgUnitId: null, orgPath: null } });

    // What comes back from Postgres is exactly what append returned, and still hashes the same.
    expect([...(await allEntries(dataSource))].reverse()).toEqual(appended);
    expect(await verifyAuditTrail(dataSource)).toEqual({ ok: true, entries: 4, headSeq: 4, headHash: appended[3].hash });
  });

  it('takes an entry with only the required fields', async () => {
    const dataSource = await freshSchema();
    const minimal: AuditEntryInput = {
      actor: { userId: 'user-1', orgUnitId: 'county-a' },
      action: 'competition.created',
      entity: { type: 'competition', id: 'c-1' },
      correlationId: 'corr-1',
    };
    const entry = await dataSource.transaction((tx) => new AuditTrail().append(tx, minimal));
    expect(entry).toMatchObject({ seq: 1, before: null, after: null, reason: null, entity: { orgUnitId: null, orgPath: null } });
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 1 });
  });

  it('refuses to append outside a transaction', async () => {
    const dataSource = await freshSchema();
    await expect(new AuditTrail().append(dataSource.manager, change(1))).rejects.toThrow(/inside the transaction/);
    expect(await allEntries(dataSource)).toEqual([]);
  });

  it('refuses an entry without an actor, entity or correlation id, or with a malformed org path', async () => {
    const dataSource = await freshSchema();
    const trail = new AuditTrail();
    const bad: AuditEntryInput[] = [
      change(1, { actor: { userId: '', orgUnitId: 'county-a' } }),
      change(1, { entity: { type: 'org-unit', id: '' } }),
      change(1, { correlationId: '' }),
      change(1, { entity: { type: 'org-unit', id: 'u', orgPath: 'city/county-a/' } }),
    ];
    for (const input of bad) await expect(dataSource.transaction((tx) => trail.append(tx, input))).rejects.toThrow();
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 0, headHash: GENESIS_HASH });
  });

  it('commits the entry with the change, or neither, and a rolled-back append leaves no hole in the chain', async () => {
    const dataSource = await freshSchema();
    await dataSource.query(`CREATE TABLE units (id text PRIMARY KEY, name text NOT NULL)`);
    const trail = new AuditTrail();
    const rename = (id: string, name: string, fail: boolean) =>
      dataSource.transaction(async (tx) => {
        await tx.query(`INSERT INTO units (id, name) VALUES ($1, $2)`, [id, name]);
        const entry = await trail.append(tx, change(0, { entity: { type: 'unit', id }, after: { name } }));
        if (fail) throw new Error('the change failed after its entry was appended');
        return entry;
      });

    const first = await rename('u-1', '一', false);
    await expect(rename('u-2', '二', true)).rejects.toThrow(/failed after/);
    const third = await rename('u-3', '三', false);

    expect(await dataSource.query(`SELECT id FROM units ORDER BY id`)).toEqual([{ id: 'u-1' }, { id: 'u-3' }]);
    expect(seqsOf(await allEntries(dataSource))).toEqual([2, 1]);
    expect(third.prevHash).toBe(first.hash);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 2 });
  });

  it('appends many entries in one call as one valid chain, in the order given, continuing the chain before them', async () => {
    const dataSource = await freshSchema();
    const trail = new AuditTrail();
    await appendEach(dataSource, trail, [change(1)]);
    const many = await dataSource.transaction((tx) =>
      trail.appendMany(tx, Array.from({ length: 2_500 }, (_, i) => change(i + 2))),
    );
    expect(many.map((e) => e.seq)).toEqual(Array.from({ length: 2_500 }, (_, i) => i + 2));
    expect(many.map((e) => e.entity.id).slice(0, 3)).toEqual(['unit-2', 'unit-3', 'unit-4']);
    await appendEach(dataSource, trail, [change(9_999)]);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 2_502, headSeq: 2_502 });
  });

  it('chains 20 concurrent transactions into one valid chain of exactly 20 entries', async () => {
    const dataSource = await freshSchema();
    const trail = new AuditTrail();
    // Each transaction does some work before appending and holds the lock a little after it, so
    // that they overlap as much as the connection pool allows.
    const appended = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        dataSource.transaction(async (tx) => {
          await tx.query(`SELECT pg_sleep(0.01)`);
          const entry = await trail.append(tx, change(n));
          await tx.query(`SELECT pg_sleep(0.01)`);
          return entry;
        }),
      ),
    );

    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 20, headSeq: 20 });
    expect(seqsOf(appended).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(appended.map((e) => e.prevHash)).size).toBe(20);
    const stored = await allEntries(dataSource);
    expect(stored.map((e) => e.correlationId).sort()).toEqual(appended.map((e) => e.correlationId).sort());
  });

  it('refuses updates, deletes and truncation of entries', async () => {
    const dataSource = await freshSchema();
    await appendEach(dataSource, new AuditTrail(), [change(1)]);
    await expect(dataSource.query(`UPDATE audit_log SET reason = 'x'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only: DELETE/);
    await expect(dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 1 });
  });
});

describe('verifying', () => {
  async function trailOf(count: number): Promise<{ dataSource: DataSource; entries: AuditEntry[] }> {
    const dataSource = await freshSchema();
    const entries = await appendEach(
      dataSource,
      new AuditTrail(),
      Array.from({ length: count }, (_, i) => change(i + 1)),
    );
    return { dataSource, entries };
  }

  it('reports an edited entry as hash-mismatch at exactly that entry, whatever the batch size', async () => {
    const { dataSource, entries } = await trailOf(6);
    await tamper(dataSource, `UPDATE audit_log SET after = '{"name": "篡改"}' WHERE seq = 3`);
    const expected = { ok: false, entriesChecked: 3, firstBrokenSeq: 3, entryId: entries[2].entryId, problem: 'hash-mismatch' };
    expect(await verifyAuditTrail(dataSource)).toEqual(expected);
    expect(await verifyAuditTrail(dataSource, { batchSize: 2 })).toEqual(expected);
    expect(await verifyAuditTrail(dataSource, { batchSize: 1 })).toEqual(expected);
  });

  it('reports a time moved by one microsecond as hash-mismatch', async () => {
    const { dataSource, entries } = await trailOf(3);
    await tamper(dataSource, `UPDATE audit_log SET occurred_at = occurred_at + interval '1 microsecond' WHERE seq = 2`);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: false, firstBrokenSeq: 2, entryId: entries[1].entryId, problem: 'hash-mismatch' });
  });

  it('reports a deleted middle entry at the entry after it', async () => {
    const { dataSource, entries } = await trailOf(5);
    await tamper(dataSource, `DELETE FROM audit_log WHERE seq = 3`);
    expect(await verifyAuditTrail(dataSource, { batchSize: 3 })).toEqual({
      ok: false,
      entriesChecked: 3,
      firstBrokenSeq: 4,
      entryId: entries[3].entryId,
      problem: 'gap',
    });
  });

  it('reports a deleted entry hidden by renumbering the rest as prev-hash-mismatch at the entry after it', async () => {
    const { dataSource, entries } = await trailOf(5);
    await tamper(
      dataSource,
      `DELETE FROM audit_log WHERE seq = 3`,
      `UPDATE audit_log SET seq = 3 WHERE seq = 4`,
      `UPDATE audit_log SET seq = 4 WHERE seq = 5`,
    );
    expect(await verifyAuditTrail(dataSource)).toMatchObject({
      ok: false,
      firstBrokenSeq: 3,
      entryId: entries[3].entryId,
      problem: 'prev-hash-mismatch',
    });
  });

  it('reports an edit whose hash was recomputed as prev-hash-mismatch at the next entry', async () => {
    const { dataSource, entries } = await trailOf(4);
    const edited = entries[1];
    const forged = entryHash(edited.prevHash, {
      seq: edited.seq,
      entryId: edited.entryId,
      occurredAt: edited.occurredAt.toISOString(),
      actorId: edited.actor.userId,
      actorOrgUnitId: edited.actor.orgUnitId,
      action: edited.action,
      entityType: edited.entity.type,
      entityId: edited.entity.id,
      orgUnitId: edited.entity.orgUnitId,
      orgPath: edited.entity.orgPath,
      before: edited.before,
      after: { name: '篡改' },
      reason: edited.reason,
      correlationId: edited.correlationId,
    });
    await tamper(dataSource, `UPDATE audit_log SET after = '{"name": "篡改"}', hash = '${forged}' WHERE seq = 2`);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({
      ok: false,
      firstBrokenSeq: 3,
      entryId: entries[2].entryId,
      problem: 'prev-hash-mismatch',
    });
  });

  it('reports entries deleted from the start as a gap at the first one left', async () => {
    const { dataSource, entries } = await trailOf(3);
    await tamper(dataSource, `DELETE FROM audit_log WHERE seq = 1`);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: false, firstBrokenSeq: 2, entryId: entries[1].entryId, problem: 'gap' });
  });

  it('walks a long trail in many small batches', async () => {
    const dataSource = await freshSchema();
    const trail = new AuditTrail();
    await dataSource.transaction(async (tx) => {
      for (let i = 1; i <= 1_000; i += 1) await trail.append(tx, change(i));
    });
    expect(await verifyAuditTrail(dataSource, { batchSize: 7 })).toMatchObject({ ok: true, entries: 1_000, headSeq: 1_000 });
    await tamper(dataSource, `UPDATE audit_log SET reason = 'x' WHERE seq = 701`);
    expect(await verifyAuditTrail(dataSource, { batchSize: 7 })).toMatchObject({ ok: false, firstBrokenSeq: 701, problem: 'hash-mismatch' });
  });
});

describe('querying', () => {
  const day = (d: number): Date => new Date(Date.UTC(2026, 0, d, 8, 0, 0, 0));
  // [actor, entity type, entity id, org path, day]
  const rows: [string, string, string, string | null, number][] = [
    ['user-1', 'org-unit', 'town-1', '/city/county-a/town-1', 1],
    ['user-2', 'org-unit', 'county-a', '/city/county-a', 2],
    ['user-1', 'reward', 'r-1', '/city/county-ab/town-9', 3],
    ['user-2', 'reward', 'r-1', '/city/countyXa', 4],
    ['user-3', 'reward', 'r-2', '/city/county_a/town-2', 5],
    ['user-3', 'competition', 'c-1', null, 6],
  ];
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await freshSchema();
    let now = day(1);
    const trail = new AuditTrail({ now: () => now });
    for (const [i, [actor, type, id, orgPath, d]] of rows.entries()) {
      now = day(d);
      await dataSource.transaction((tx) =>
        trail.append(tx, change(i, { actor: { userId: actor, orgUnitId: 'county-a' }, entity: { type, id, orgPath } })),
      );
    }
  });

  const seqs = async (filter: Parameters<typeof queryAuditTrail>[1]): Promise<number[]> =>
    seqsOf((await queryAuditTrail(dataSource, filter)).entries);

  it('returns everything newest first when not filtered', async () => {
    expect(await seqs({})).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it('filters by entity', async () => {
    expect(await seqs({ entity: { type: 'reward', id: 'r-1' } })).toEqual([4, 3]);
    expect(await seqs({ entity: { type: 'org-unit', id: 'r-1' } })).toEqual([]);
  });

  it('filters by actor', async () => {
    expect(await seqs({ actorId: 'user-1' })).toEqual([3, 1]);
  });

  it('filters by org subtree: the unit and what is below it, not a sibling sharing its prefix', async () => {
    expect(await seqs({ orgPath: '/city/county-a' })).toEqual([2, 1]);
    expect(await seqs({ orgPath: '/city' })).toEqual([5, 4, 3, 2, 1]);
    expect(await seqs({ orgPath: '/city/county-a/town-1' })).toEqual([1]);
    // '_' is a LIKE wildcard; here it is only an underscore.
    expect(await seqs({ orgPath: '/city/county_a' })).toEqual([5]);
    await expect(seqs({ orgPath: '/city/' })).rejects.toThrow();
  });

  it('filters by time: from inclusive, to exclusive', async () => {
    expect(await seqs({ from: day(2), to: day(4) })).toEqual([3, 2]);
    expect(await seqs({ from: day(5) })).toEqual([6, 5]);
    expect(await seqs({ to: day(2) })).toEqual([1]);
  });

  it('combines filters', async () => {
    expect(await seqs({ actorId: 'user-1', orgPath: '/city/county-a' })).toEqual([1]);
    expect(await seqs({ entity: { type: 'reward', id: 'r-1' }, from: day(4) })).toEqual([4]);
  });

  it('pages with a cursor until there is no next page', async () => {
    const pages: number[][] = [];
    let cursor: string | null = null;
    do {
      const page = await queryAuditTrail(dataSource, { limit: 4, cursor });
      pages.push(seqsOf(page.entries));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual([
      [6, 5, 4, 3],
      [2, 1],
    ]);
    expect((await queryAuditTrail(dataSource, { limit: 3, cursor: '4', orgPath: '/city' })).entries.map((e) => e.seq)).toEqual([3, 2, 1]);
  });

  it('refuses a page larger than 500 and a malformed cursor', async () => {
    await expect(queryAuditTrail(dataSource, { limit: 501 })).rejects.toThrow();
    await expect(queryAuditTrail(dataSource, { limit: 0 })).rejects.toThrow();
    await expect(queryAuditTrail(dataSource, { cursor: '1; DROP TABLE audit_log' })).rejects.toThrow();
    expect((await queryAuditTrail(dataSource, { limit: 500 })).entries).toHaveLength(6);
  });
});

describe('exporting for auditors', () => {
  it('writes CSV that reads back exactly, commas, quotes, line breaks and Chinese included', async () => {
    const dataSource = await freshSchema();
    const reason = '同意，发放奖励 200 元, 依据"随手拍"奖励办法\n第二行：已核实';
    const after = { amount: 200, 备注: '现金, "红包"\r\n已发' };
    await appendEach(dataSource, new AuditTrail(), [change(1, { action: 'reward.issued', reason, after })]);

    const csv = auditTrailCsv((await queryAuditTrail(dataSource)).entries);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, line, ...rest] = readCsv(csv.slice(1));
    expect(rest).toEqual([]);
    const record = Object.fromEntries(header.map((h, i) => [h, line[i]]));
    expect(record.reason).toBe(reason);
    expect(JSON.parse(record.after)).toEqual(after);
    expect(record.action).toBe('reward.issued');
  });

  it('streams the same file page by page for a trail longer than a page', async () => {
    const dataSource = await freshSchema();
    const trail = new AuditTrail();
    await dataSource.transaction(async (tx) => {
      for (let i = 1; i <= 1_203; i += 1) await trail.append(tx, change(i, { reason: `第 ${i} 条, "意见"` }));
    });
    let streamed = '';
    for await (const chunk of auditTrailCsvChunks(dataSource)) streamed += chunk;
    expect(streamed).toBe(auditTrailCsv(await allEntries(dataSource)));
    expect(readCsv(streamed.slice(1))).toHaveLength(1 + 1_203);
  });
});
