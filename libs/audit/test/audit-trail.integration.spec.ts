import { generateKeyPairSync } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OneStatement } from '@lc/messaging';
import { createTestDatabase, openTestDataSource } from '@lc/testing';
import {
  AuditChainDivergedError,
  AuditEntry,
  AuditEntryInput,
  AuditSealing1764800000000,
  AuditTrail,
  AuditTrail1732300000050,
  auditTrailCsv,
  auditTrailCsvChunks,
  ChainHeadSigner,
  entityTrail,
  entryHash,
  GENESIS_HASH,
  queryAuditTrail,
  sealAuditEntries,
  SignedChainHead,
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
    migrations: [AuditTrail1732300000050, AuditSealing1764800000000],
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

/** Seals every entry that is ready, round after round, as the service's sealer does; the entries sealed. */
async function sealAll(dataSource: DataSource, batchSize?: number): Promise<number> {
  let sealed = 0;
  for (;;) {
    const batch = await dataSource.transaction((tx) => sealAuditEntries(tx, { batchSize }));
    if (!batch) return sealed;
    sealed += batch.entries;
  }
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

/** The chain in seq order. */
async function chainOf(dataSource: DataSource): Promise<AuditEntry[]> {
  return (await allEntries(dataSource)).filter((e) => e.seq !== null).sort((a, b) => (a.seq as number) - (b.seq as number));
}

/** One transaction per entry, as separate requests of a service would append them; then sealed. */
async function appendEach(dataSource: DataSource, trail: AuditTrail, inputs: AuditEntryInput[]): Promise<AuditEntry[]> {
  for (const input of inputs) await dataSource.transaction((tx) => trail.append(tx, input));
  await sealAll(dataSource);
  return chainOf(dataSource);
}

/** What someone with the table owner's rights could do: switch the append-only trigger off and edit. */
async function tamper(dataSource: DataSource, ...statements: string[]): Promise<void> {
  await dataSource.transaction(async (tx) => {
    await tx.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    for (const sql of statements) await tx.query(sql);
    await tx.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
  });
}

const seqsOf = (entries: AuditEntry[]): (number | null)[] => entries.map((e) => e.seq);

describe('appending and sealing', () => {
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
    const written: AuditEntry[] = [];
    for (const input of [
      change(1),
      change(2, { before: awkward, after: [awkward], reason: '同意。' }),
      change(3, { before: undefined, after: undefined, entity: { type: 'competition', id: 'c-1' } }),
      change(4, { before: 'just text', after: 42 }),
    ]) {
      written.push(await dataSource.transaction((tx) => trail.append(tx, input)));
    }
    // Written without a place in the chain; sealed after commit.
    expect(written.map((e) => [e.seq, e.prevHash, e.hash])).toEqual(written.map(() => [null, null, null]));
    expect(await sealAll(dataSource)).toBe(4);

    const chain = await chainOf(dataSource);
    expect(seqsOf(chain)).toEqual([1, 2, 3, 4]);
    expect(chain[0].prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < chain.length; i += 1) expect(chain[i].prevHash).toBe(chain[i - 1].hash);
    expect(new Set(chain.map((e) => e.hash)).size).toBe(4);
    expect(chain[2]).toMatchObject({ before: null, after: null, entity: { orgUnitId: null, orgPath: null } });
    // What comes back from Postgres is what append returned, now with its place in the chain.
    expect(chain.map(({ seq: _s, prevHash: _p, hash: _h, ...rest }) => rest)).toEqual(written.map(({ seq: _s, prevHash: _p, hash: _h, ...rest }) => rest));
    expect(await verifyAuditTrail(dataSource)).toEqual({ ok: true, entries: 4, headSeq: 4, headHash: chain[3].hash, unsealed: 0 });
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
    expect(entry).toMatchObject({ seq: null, before: null, after: null, reason: null, entity: { orgUnitId: null, orgPath: null } });
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 0, unsealed: 1 });
    await sealAll(dataSource);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 1, unsealed: 0 });
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
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 0, headHash: GENESIS_HASH, unsealed: 0 });
  });

  it('commits the entry with the change, or neither, and a rolled-back entry leaves no hole in the chain', async () => {
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

    await rename('u-1', '一', false);
    await expect(rename('u-2', '二', true)).rejects.toThrow(/failed after/);
    await rename('u-3', '三', false);
    await sealAll(dataSource);

    expect(await dataSource.query(`SELECT id FROM units ORDER BY id`)).toEqual([{ id: 'u-1' }, { id: 'u-3' }]);
    const chain = await chainOf(dataSource);
    expect(chain.map((e) => [e.seq, e.entity.id])).toEqual([
      [1, 'u-1'],
      [2, 'u-3'],
    ]);
    expect(chain[1].prevHash).toBe(chain[0].hash);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 2 });
  });

  it('writes entries added to one statement with the change, or neither, and seals them like the others', async () => {
    const dataSource = await freshSchema();
    await dataSource.query(`CREATE TABLE units (id text PRIMARY KEY, name text NOT NULL)`);
    const trail = new AuditTrail();
    const create = (id: string, name: string) => {
      const statement = new OneStatement().add({ sql: `INSERT INTO units (id, name) VALUES ($1, $2)`, params: [id, name] });
      trail.addTo(statement, [change(0, { entity: { type: 'unit', id }, after: { name } })]);
      return statement.run(dataSource);
    };

    await create('u-1', '一');
    await expect(create('u-1', '一 again')).rejects.toThrow(/duplicate key/);
    await create('u-2', '二');
    await sealAll(dataSource);

    const chain = await chainOf(dataSource);
    expect(chain.map((e) => [e.seq, e.entity.id, e.after])).toEqual([
      [1, 'u-1', { name: '一' }],
      [2, 'u-2', { name: '二' }],
    ]);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 2, unsealed: 0 });
  });

  it('seals many entries of one call as one valid chain, in the order given, continuing the chain before them', async () => {
    const dataSource = await freshSchema();
    const trail = new AuditTrail();
    await appendEach(dataSource, trail, [change(1)]);
    await dataSource.transaction((tx) => trail.appendMany(tx, Array.from({ length: 2_500 }, (_, i) => change(i + 2))));
    await dataSource.transaction((tx) => trail.append(tx, change(9_999)));
    // Batches smaller than the import: the chain goes on across rounds.
    expect(await sealAll(dataSource, 700)).toBe(2_501);
    const chain = await chainOf(dataSource);
    expect(chain.map((e) => e.entity.id).slice(0, 4)).toEqual(['unit-1', 'unit-2', 'unit-3', 'unit-4']);
    expect(chain[chain.length - 1].entity.id).toBe('unit-9999');
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 2_502, headSeq: 2_502 });
  });

  it('lets concurrent transactions append without waiting for each other: one holding its entry open does not hold up another', async () => {
    const dataSource = await freshSchema();
    const trail = new AuditTrail();
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstAppended!: () => void;
    const firstHasAppended = new Promise<void>((resolve) => (firstAppended = resolve));
    const first = dataSource.transaction(async (tx) => {
      await trail.append(tx, change(1));
      firstAppended();
      await firstMayCommit;
    });
    await firstHasAppended;
    // With a lock on the trail this would wait for the first transaction, which waits for us: a deadlock.
    await dataSource.transaction((tx) => trail.append(tx, change(2)));
    releaseFirst();
    await first;
    await sealAll(dataSource);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 2 });
  });

  it('seals an entry only once every transaction that began before it has ended, so one committed late is never skipped', async () => {
    const dataSource = await freshSchema();
    const trail = new AuditTrail();
    let release!: () => void;
    const mayCommit = new Promise<void>((resolve) => (release = resolve));
    let appended!: () => void;
    const hasAppended = new Promise<void>((resolve) => (appended = resolve));
    // The earlier transaction appends first (its id is older), then stays open while a later one commits.
    const earlier = dataSource.transaction(async (tx) => {
      await trail.append(tx, change(1, { correlationId: 'earlier' }));
      appended();
      await mayCommit;
    });
    await hasAppended;
    await dataSource.transaction((tx) => trail.append(tx, change(2, { correlationId: 'later' })));

    // The later entry is committed, but the earlier transaction may still commit an entry before it.
    expect(await sealAll(dataSource)).toBe(0);
    release();
    await earlier;
    expect(await sealAll(dataSource)).toBe(2);
    expect((await chainOf(dataSource)).map((e) => e.correlationId)).toEqual(['earlier', 'later']);
  });

  it('chains 20 concurrent transactions into one valid chain of exactly 20 entries', async () => {
    const dataSource = await freshSchema();
    const trail = new AuditTrail();
    await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        dataSource.transaction(async (tx) => {
          await tx.query(`SELECT pg_sleep(0.01)`);
          await trail.append(tx, change(n));
          await tx.query(`SELECT pg_sleep(0.01)`);
        }),
      ),
    );
    // A sealer running while they commit, and one after.
    await sealAll(dataSource);
    await sealAll(dataSource);
    const chain = await chainOf(dataSource);
    expect(seqsOf(chain)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(chain.map((e) => e.correlationId)).size).toBe(20);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 20, headSeq: 20, unsealed: 0 });
  });

  it('lets one sealer work at a time: a second one finds the trail taken and seals nothing', async () => {
    const dataSource = await freshSchema();
    const trail = new AuditTrail();
    await dataSource.transaction((tx) => trail.appendMany(tx, [change(1), change(2)]));
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      expect(await sealAuditEntries(runner.manager)).toMatchObject({ seq: 2, entries: 2 });
      expect(await dataSource.transaction((tx) => sealAuditEntries(tx))).toBeNull();
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 2 });
  });

  it('refuses updates, deletes and truncation of entries, and changing a sealed entry\'s place', async () => {
    const dataSource = await freshSchema();
    await appendEach(dataSource, new AuditTrail(), [change(1)]);
    await dataSource.transaction((tx) => new AuditTrail().append(tx, change(2)));
    await expect(dataSource.query(`UPDATE audit_log SET reason = 'x'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(dataSource.query(`UPDATE audit_log SET seq = 7, prev_hash = hash, hash = hash WHERE seq = 1`)).rejects.toThrow(/append-only: UPDATE/);
    // Sealing may set the place of an unsealed entry, and nothing else of it.
    await expect(
      dataSource.query(`UPDATE audit_log SET seq = 2, prev_hash = '${'a'.repeat(64)}', hash = '${'b'.repeat(64)}', reason = 'x' WHERE seq IS NULL`),
    ).rejects.toThrow(/append-only: UPDATE/);
    await expect(dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only: DELETE/);
    await expect(dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only: TRUNCATE/);
    await sealAll(dataSource);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 2 });
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
    const forged = entryHash(edited.prevHash as string, {
      seq: edited.seq as number,
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
    await sealAll(dataSource);
    expect(await verifyAuditTrail(dataSource, { batchSize: 7 })).toMatchObject({ ok: true, entries: 1_000, headSeq: 1_000 });
    await tamper(dataSource, `UPDATE audit_log SET reason = 'x' WHERE seq = 701`);
    expect(await verifyAuditTrail(dataSource, { batchSize: 7 })).toMatchObject({ ok: false, firstBrokenSeq: 701, problem: 'hash-mismatch' });
  });
});

describe('verifying against the head published outside the database', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const signer = new ChainHeadSigner(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const headOf = (entry: AuditEntry): SignedChainHead =>
    signer.sign({ schema: 'registration', seq: entry.seq as number, hash: entry.hash as string, sealedAt: '2026-06-01T08:00:00.000Z' });

  it('passes a chain that goes through the published head and on past it', async () => {
    const { entries, dataSource } = await (async () => {
      const ds = await freshSchema();
      return { dataSource: ds, entries: await appendEach(ds, new AuditTrail(), [change(1), change(2), change(3)]) };
    })();
    const head = headOf(entries[1]);
    expect(await verifyAuditTrail(dataSource, { published: { head, publicKeyPem } })).toEqual({
      ok: true,
      entries: 3,
      headSeq: 3,
      headHash: entries[2].hash,
      unsealed: 0,
      published: { seq: 2, hash: entries[1].hash, sealedAt: head.sealedAt },
    });
  });

  it('reports entries removed from the end as tail-removed, which the table alone cannot show', async () => {
    const dataSource = await freshSchema();
    const entries = await appendEach(dataSource, new AuditTrail(), [change(1), change(2), change(3), change(4)]);
    const head = headOf(entries[3]);
    await tamper(dataSource, `DELETE FROM audit_log WHERE seq >= 3`);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 2 });
    expect(await verifyAuditTrail(dataSource, { published: { head, publicKeyPem } })).toMatchObject({
      ok: false,
      firstBrokenSeq: 3,
      entryId: null,
      problem: 'tail-removed',
    });
  });

  it('reports a tail rewritten with recomputed hashes as tail-rewritten at the published head', async () => {
    const dataSource = await freshSchema();
    const trail = new AuditTrail();
    const entries = await appendEach(dataSource, trail, [change(1), change(2), change(3)]);
    const head = headOf(entries[2]);
    // Remove the last two entries and write different ones in their place, sealed into a valid chain.
    await tamper(dataSource, `DELETE FROM audit_log WHERE seq >= 2`);
    await dataSource.transaction((tx) => trail.appendMany(tx, [change(20, { reason: '改写' }), change(30)]));
    await sealAll(dataSource);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 3 });
    expect(await verifyAuditTrail(dataSource, { published: { head, publicKeyPem } })).toMatchObject({
      ok: false,
      firstBrokenSeq: 3,
      problem: 'tail-rewritten',
    });
  });

  it('refuses a head not signed by the service key', async () => {
    const dataSource = await freshSchema();
    const entries = await appendEach(dataSource, new AuditTrail(), [change(1)]);
    const forged = { ...headOf(entries[0]), hash: 'c'.repeat(64) };
    expect(await verifyAuditTrail(dataSource, { published: { head: forged, publicKeyPem } })).toMatchObject({ ok: false, problem: 'head-signature-invalid' });
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(await verifyAuditTrail(dataSource, { published: { head: headOf(entries[0]), publicKeyPem: other } })).toMatchObject({
      ok: false,
      problem: 'head-signature-invalid',
    });
  });

  it('refuses to seal new entries on top of a tail that no longer reaches the published head', async () => {
    const dataSource = await freshSchema();
    const trail = new AuditTrail();
    const entries = await appendEach(dataSource, trail, [change(1), change(2), change(3)]);
    const publishedHead = { seq: 3, hash: entries[2].hash as string };
    await tamper(dataSource, `DELETE FROM audit_log WHERE seq = 3`);
    await dataSource.transaction((tx) => trail.append(tx, change(4)));
    await expect(dataSource.transaction((tx) => sealAuditEntries(tx, { publishedHead }))).rejects.toThrow(AuditChainDivergedError);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, entries: 2, unsealed: 1 });
    // A head the chain still passes through lets sealing go on.
    expect(await dataSource.transaction((tx) => sealAuditEntries(tx, { publishedHead: { seq: 2, hash: entries[1].hash as string } }))).toMatchObject({ seq: 3 });
  });

  it('says so when no head was published yet', async () => {
    const dataSource = await freshSchema();
    await appendEach(dataSource, new AuditTrail(), [change(1)]);
    expect(await verifyAuditTrail(dataSource, { published: { head: null, publicKeyPem } })).toMatchObject({ ok: true, entries: 1, published: null });
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
    await sealAll(dataSource);
  });

  const seqs = async (filter: Parameters<typeof queryAuditTrail>[1]): Promise<(number | null)[]> =>
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
    const pages: (number | null)[][] = [];
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
    await sealAll(dataSource);
    let streamed = '';
    for await (const chunk of auditTrailCsvChunks(dataSource)) streamed += chunk;
    expect(streamed).toBe(auditTrailCsv(await allEntries(dataSource)));
    expect(readCsv(streamed.slice(1))).toHaveLength(1 + 1_203);
  });
});

describe("one entity's trail, each entry checked", () => {
  it('gives the entries of the named entities oldest first, each verified against its own hash and the one before it', async () => {
    const dataSource = await freshSchema();
    const trail = new AuditTrail();
    await appendEach(dataSource, trail, [
      change(1, { entity: { type: 'hazard-report', id: 'r-1' }, action: 'hazard.reported' }),
      change(2, { entity: { type: 'hazard-report', id: 'r-2' } }),
      change(3, { entity: { type: 'hazard', id: 'r-1' }, action: 'hazard.closed' }),
    ]);
    await dataSource.transaction((tx) => trail.append(tx, change(4, { entity: { type: 'hazard-report', id: 'r-1' }, action: 'hazard.confirmed' })));

    const checked = await entityTrail(dataSource, [
      { type: 'hazard-report', id: 'r-1' },
      { type: 'hazard', id: 'r-1' },
    ]);
    expect(checked.map((c) => [c.entry.action, c.check])).toEqual([
      ['hazard.reported', 'verified'],
      ['hazard.closed', 'verified'],
      ['hazard.confirmed', 'unsealed'],
    ]);
  });

  it('shows an entry edited after sealing as altered, and the entry after a deleted one as unlinked, leaving the others verified', async () => {
    const dataSource = await freshSchema();
    const trail = new AuditTrail();
    await appendEach(dataSource, trail, [1, 2, 3, 4].map((n) => change(n, { entity: { type: 'nomination', id: 'n-1' } })));
    await tamper(dataSource, `UPDATE audit_log SET reason = '篡改的意见' WHERE seq = 2`, `DELETE FROM audit_log WHERE seq = 3`);

    const checked = await entityTrail(dataSource, [{ type: 'nomination', id: 'n-1' }]);
    expect(checked.map((c) => [c.entry.seq, c.check])).toEqual([
      [1, 'verified'],
      [2, 'altered'],
      [4, 'unlinked'],
    ]);
  });

  it('answers nothing for no entities', async () => {
    expect(await entityTrail(await freshSchema(), [])).toEqual([]);
  });
});
