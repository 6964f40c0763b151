import { parse } from 'csv-parse/sync';
import { apiClient, Json, startTestCity, TestCity, waitFor } from '@lc/testing';
import { behindTheApplicationsBack, countOf, entriesAfter, getBytes, lastEntryId } from './fixtures/city-helpers';

const TRAIL_READERS = 'auditor, city_union_cadre, county_union_cadre, county_committee_office, industry_union_cadre, township_union_cadre, enterprise_union_cadre';
const CSV_HEADER =
  'id,seq,entry_id,occurred_at,actor_id,actor_org_unit_id,action,entity_type,entity_id,org_unit_id,org_path,reason,before,after,correlation_id,prev_hash,hash';

/** Ids of the entries of a subtree (or of everything), newest first, straight from the table. */
async function idsUnder(city: TestCity, path: string | null, schema = 'registration'): Promise<number[]> {
  const rows = await city.sql<{ id: number }>(
    path === null
      ? `SELECT id::int FROM ${schema}.audit_log ORDER BY id DESC`
      : `SELECT id::int FROM ${schema}.audit_log WHERE org_path = $1 OR org_path LIKE $1 || '/%' ORDER BY id DESC`,
    path === null ? [] : [path],
  );
  return rows.map((r) => r.id);
}

/**
 * GET /audit/verify once every entry is sealed and the chain's head has been published on Kafka
 * (both follow the commit within moments).
 */
async function verifiedWhenPublished(city: TestCity, baseUrl: string, token: string, schema: string): Promise<Json> {
  await city.auditSealed(schema);
  return waitFor(`${schema}'s chain head to be published`, async () => {
    const res = await apiClient(baseUrl, token).get('/audit/verify');
    return res.body.ok && res.body.unsealed === 0 && res.body.published?.seq === res.body.headSeq ? res.body : undefined;
  });
}

/**
 * DOMAIN §7 through the HTTP API: every change leaves exactly one entry, written in the change's
 * transaction; refusals by validation leave none and refusals by access leave one; auditors read,
 * export and verify the trail of their subtree; edits and deletions behind the application's back
 * are found by the hash chain, in registration and in another service alike.
 */
describe('the audit trail', () => {
  let city: TestCity;
  let county: string;
  let auditor: string;

  beforeAll(async () => {
    city = await startTestCity({ withAwards: true });
    county = await city.tokenAs('county_union_cadre', 'county-a');
    auditor = await city.tokenAs('auditor', 'county-a');
  });

  afterAll(() => city?.stop());

  const countyActor = { actor_id: 'u-county_union_cadre-county-a', actor_org_unit_id: 'county-a' };
  /** The service's own events, not the audit chain's heads the sealer publishes through the same outbox. */
  const outboxCount = (type?: string) => countOf(city, 'registration.outbox', type ? 'event_type = $1' : "event_type <> 'audit.chain-sealed'", type ? [type] : []);

  describe('writing', () => {
    it('PATCH /org-units/:id writes one org-unit.updated entry with before and after', async () => {
      const since = await lastEntryId(city);
      const res = await apiClient(city.registration.url, county).patch('/org-units/town-a1', { name: '兴华街道总工会', reason: '更名' }, { 'x-correlation-id': 'audit-patch-1' });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-correlation-id')).toBe('audit-patch-1');
      const entries = await entriesAfter(city, since);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        action: 'org-unit.updated',
        ...countyActor,
        entity_type: 'org-unit',
        entity_id: 'town-a1',
        org_unit_id: 'town-a1',
        org_path: '/city/county-a/town-a1',
        reason: '更名',
        correlation_id: 'audit-patch-1',
      });
      expect(entries[0].before).toMatchObject({ id: 'town-a1', name: '单位 town-a1', version: 1, path: '/city/county-a/town-a1' });
      expect(entries[0].after).toMatchObject({ id: 'town-a1', name: '兴华街道总工会', version: 2, path: '/city/county-a/town-a1' });
      expect(Object.keys(entries[0].after)).not.toContain('updatedAt');
    });

    it('POST /org-units/:id/move writes one org-unit.moved entry with the reason, however big the subtree', async () => {
      const since = await lastEntryId(city);
      const res = await apiClient(city.registration.url, county).post('/org-units/ent-a1/move', { newParentId: 'town-a2', reason: '划归新街道' }, { 'x-correlation-id': 'audit-move-1' });
      expect(res.status).toBe(200);
      const entries = await entriesAfter(city, since);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        action: 'org-unit.moved',
        ...countyActor,
        entity_type: 'org-unit',
        entity_id: 'ent-a1',
        org_path: '/city/county-a/town-a2/ent-a1',
        reason: '划归新街道',
        correlation_id: 'audit-move-1',
      });
      expect(entries[0].before).toMatchObject({ parentId: 'town-a1', path: '/city/county-a/town-a1/ent-a1' });
      expect(entries[0].after).toMatchObject({ parentId: 'town-a2', path: '/city/county-a/town-a2/ent-a1' });
    });

    it('POST /users writes one user.created entry, without the password', async () => {
      const since = await lastEntryId(city);
      const res = await apiClient(city.registration.url, county).post(
        '/users',
        { username: 'audit.cadre', displayName: '审计测试', orgUnitId: 'town-a2', roles: ['township_union_cadre'], password: 'Secret2026pw', mobile: '13600000001' },
        { 'x-correlation-id': 'audit-user-1' },
      );
      expect(res.status).toBe(201);
      const entries = await entriesAfter(city, since);
      expect(entries).toEqual([
        {
          id: expect.any(Number),
          action: 'user.created',
          ...countyActor,
          entity_type: 'user',
          entity_id: res.body.id,
          org_unit_id: 'town-a2',
          org_path: '/city/county-a/town-a2',
          before: null,
          after: { username: 'audit.cadre', displayName: '审计测试', orgUnitId: 'town-a2', roles: ['township_union_cadre'], active: true, mobile: '13600000001' },
          reason: null,
          correlation_id: 'audit-user-1',
        },
      ]);
    });

    it('POST /competitions writes one competition.created entry and one event', async () => {
      const since = await lastEntryId(city);
      const events = await outboxCount('competition.created');
      const body = { name: '2026年县职工技能比武', organiserOrgUnitId: 'county-a', startDate: '2026-03-01', endDate: '2026-11-30' };
      const res = await apiClient(city.registration.url, county).post('/competitions', body, { 'x-correlation-id': 'audit-comp-1' });
      expect(res.status).toBe(201);
      const entries = await entriesAfter(city, since);
      expect(entries).toEqual([
        expect.objectContaining({
          action: 'competition.created',
          ...countyActor,
          entity_type: 'competition',
          entity_id: res.body.id,
          org_unit_id: 'county-a',
          org_path: '/city/county-a',
          after: expect.objectContaining({ ...body, id: res.body.id, status: 'draft', kind: 'labour_competition', version: 1 }),
          correlation_id: 'audit-comp-1',
        }),
      ]);
      expect(await outboxCount('competition.created')).toBe(events + 1);
    });

    it('writes nothing for a request refused as invalid (400) or aimed at nothing (404)', async () => {
      const since = await lastEntryId(city);
      const outbox = await outboxCount();
      const api = apiClient(city.registration.url, county);
      const badDates = await api.post('/competitions', { name: '倒着的竞赛', organiserOrgUnitId: 'county-a', startDate: '2026-05-01', endDate: '2026-04-30' });
      expect([badDates.status, badDates.body.message]).toEqual([400, ['endDate must not be before startDate']]);
      const badRegion = await api.patch('/org-units/town-a2', { regionCode: '12' });
      expect([badRegion.status, badRegion.body.message]).toEqual([400, ['regionCode must be 6 digits (行政区划代码)']]);
      const noReason = await api.post('/org-units/ent-a3/move', { newParentId: 'town-a1' });
      expect(noReason.status).toBe(400);
      const unknownOrganiser = await api.post('/competitions', { name: '无主竞赛', organiserOrgUnitId: 'nowhere', startDate: '2026-05-01', endDate: '2026-05-30' });
      expect([unknownOrganiser.status, unknownOrganiser.body.message]).toEqual([400, "organiserOrgUnitId: there is no org unit 'nowhere'"]);
      expect((await api.patch('/org-units/nowhere', { name: 'x' })).status).toBe(404);
      expect(await entriesAfter(city, since)).toEqual([]);
      expect(await outboxCount()).toBe(outbox);
    });

    it('writes exactly one access.denied entry for a 403, by scope or by role', async () => {
      let since = await lastEntryId(city);
      const res = await apiClient(city.registration.url, county).patch('/org-units/county-b', { name: '越权' }, { 'x-correlation-id': 'audit-denied-1' });
      expect(res.status).toBe(403);
      expect(await entriesAfter(city, since)).toEqual([
        {
          id: expect.any(Number),
          action: 'access.denied',
          ...countyActor,
          entity_type: 'http-request',
          entity_id: 'PATCH /org-units/county-b',
          org_unit_id: 'county-a',
          org_path: '/city/county-a',
          before: null,
          after: { roles: ['county_union_cadre'] },
          reason: 'your unit county-a is not above or equal to the target unit county-b; you act only on your own unit and the units under it',
          correlation_id: 'audit-denied-1',
        },
      ]);

      since = await lastEntryId(city);
      const judge = await apiClient(city.registration.url, await city.tokenAs('judge', 'county-a')).post(
        '/competitions',
        { name: '评委办的竞赛', organiserOrgUnitId: 'county-a', startDate: '2026-05-01', endDate: '2026-05-30' },
        { 'x-correlation-id': 'audit-denied-2' },
      );
      expect(judge.status).toBe(403);
      const entries = await entriesAfter(city, since);
      expect(entries.map((e) => [e.action, e.actor_id, e.entity_id, e.correlation_id, e.reason])).toEqual([
        ['access.denied', 'u-judge-county-a', 'POST /competitions', 'audit-denied-2', judge.body.message],
      ]);
      expect(judge.body.message).toMatch(/^this action needs one of the roles .*; you have judge$/);
    });

    it('makes no change when its audit entry cannot be written: both are in one transaction', async () => {
      const before = (await apiClient(city.registration.url, county).get('/org-units/town-a2')).body;
      const outbox = await outboxCount();
      const users = await countOf(city, 'registration.users');
      const since = await lastEntryId(city);
      await city.sql(`CREATE FUNCTION registration.test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test: audit refused'; END $$`);
      await city.sql(`CREATE TRIGGER test_refuse_audit BEFORE INSERT ON registration.audit_log FOR EACH ROW EXECUTE FUNCTION registration.test_refuse_audit()`);
      try {
        const api = apiClient(city.registration.url, county);
        expect((await api.patch('/org-units/town-a2', { name: '不会保存的名称' })).status).toBe(500);
        expect((await api.post('/org-units/ent-a3/move', { newParentId: 'town-a1', reason: '不会发生' })).status).toBe(500);
        expect((await api.post('/users', { username: 'never.made', displayName: '无', orgUnitId: 'town-a2', roles: ['township_union_cadre'] })).status).toBe(500);
      } finally {
        await city.sql(`DROP TRIGGER test_refuse_audit ON registration.audit_log`);
        await city.sql(`DROP FUNCTION registration.test_refuse_audit()`);
      }
      const after = (await apiClient(city.registration.url, county).get('/org-units/town-a2')).body;
      expect(after).toEqual(before);
      expect((await apiClient(city.registration.url, county).get('/org-units/ent-a3')).body.path).toBe('/city/county-a/town-a2/ent-a3');
      expect(await outboxCount()).toBe(outbox);
      expect(await countOf(city, 'registration.users')).toBe(users);
      expect(await lastEntryId(city)).toBe(since);
    });

    it('takes a correlation id from the header only when it is sensible, else makes one', async () => {
      const since = await lastEntryId(city);
      const res = await apiClient(city.registration.url, county).patch('/org-units/town-a2', { name: '新城街道总工会' }, { 'x-correlation-id': 'not ok; drop table' });
      expect(res.status).toBe(200);
      const [entry] = await entriesAfter(city, since);
      expect(entry.correlation_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(res.headers.get('x-correlation-id')).toBe(entry.correlation_id);
    });
  });

  describe('GET /audit/entries', () => {
    const entriesOf = async (token: string, query: string) => apiClient(city.registration.url, token).get(`/audit/entries${query}`);

    it("shows an auditor the entries of its own subtree only, newest first", async () => {
      await city.auditSealed();
      const res = await entriesOf(auditor, '?limit=500');
      expect(res.status).toBe(200);
      const ids = res.body.entries.map((e: Json) => e.id);
      expect(ids).toEqual(await idsUnder(city, '/city/county-a'));
      expect(res.body.nextCursor).toBeNull();
      for (const entry of res.body.entries) expect(entry.entity.orgPath).toMatch(/^\/city\/county-a(\/|$)/);
      // The other county has entries, which the auditor does not see.
      expect((await idsUnder(city, '/city/county-b')).length).toBeGreaterThan(0);

      const one = res.body.entries.find((e: Json) => e.correlationId === 'audit-patch-1');
      expect(one).toEqual({
        id: expect.any(Number),
        seq: expect.any(Number),
        entryId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        actor: { userId: 'u-county_union_cadre-county-a', orgUnitId: 'county-a' },
        action: 'org-unit.updated',
        entity: { type: 'org-unit', id: 'town-a1', orgUnitId: 'town-a1', orgPath: '/city/county-a/town-a1' },
        before: expect.objectContaining({ name: '单位 town-a1' }),
        after: expect.objectContaining({ name: '兴华街道总工会' }),
        reason: '更名',
        correlationId: 'audit-patch-1',
        prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    });

    it('shows the root cadre the whole trail, entries of no unit included', async () => {
      expect((await apiClient(city.registration.url).post('/auth/login', { username: 'nobody.at.all', password: 'x' })).status).toBe(401);
      const res = await entriesOf(city.rootToken, '?limit=500');
      expect(res.body.entries.map((e: Json) => e.id)).toEqual(await idsUnder(city, null));
      expect(res.body.entries[0]).toMatchObject({ action: 'user.login-failed', entity: { orgPath: null } });
    });

    it('filters by a unit inside the subtree, and refuses a unit outside it', async () => {
      const res = await entriesOf(auditor, '?orgUnitId=town-a1&limit=500');
      expect(res.status).toBe(200);
      expect(res.body.entries.map((e: Json) => e.id)).toEqual(await idsUnder(city, '/city/county-a/town-a1'));
      expect(res.body.entries.length).toBeGreaterThan(0);

      const since = await lastEntryId(city);
      const other = await entriesOf(auditor, '?orgUnitId=county-b');
      expect(other.status).toBe(403);
      expect(other.body.message).toBe(
        'your unit county-a is not above or equal to the target unit county-b; you act only on your own unit and the units under it',
      );
      expect((await entriesAfter(city, since)).map((e) => [e.action, e.actor_id])).toEqual([['access.denied', 'u-auditor-county-a']]);
      const above = await entriesOf(auditor, '?orgUnitId=city');
      expect(above.status).toBe(403);
      const unknown = await entriesOf(auditor, '?orgUnitId=nowhere');
      expect([unknown.status, unknown.body.message]).toEqual([400, "orgUnitId: there is no org unit 'nowhere'"]);
    });

    it("gives an entity's history newest first", async () => {
      const api = apiClient(city.registration.url, county);
      expect((await api.patch('/org-units/ent-a2', { name: '甲公司', reason: '第一次更正' })).status).toBe(200);
      expect((await api.patch('/org-units/ent-a2', { name: '乙公司', reason: '年报更正, "第二次"' })).status).toBe(200);
      const res = await entriesOf(auditor, '?entityType=org-unit&entityId=ent-a2');
      expect(res.status).toBe(200);
      expect(res.body.entries.map((e: Json) => [e.action, e.after.name, e.reason])).toEqual([
        ['org-unit.updated', '乙公司', '年报更正, "第二次"'],
        ['org-unit.updated', '甲公司', '第一次更正'],
        ['org-unit.created', '单位 ent-a2', null],
      ]);
      const ids = res.body.entries.map((e: Json) => e.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
    });

    it('refuses an entity type without an id, with only the message that says so', async () => {
      const half = await entriesOf(auditor, '?entityType=org-unit');
      // An absent entityId is not "longer than 200 characters": that would send the user looking for the wrong fault.
      expect([half.status, half.body.message]).toEqual([400, ['entityType needs entityId: give entityType and entityId together']]);
      const otherHalf = await entriesOf(auditor, '?entityId=ent-a2');
      expect([otherHalf.status, otherHalf.body.message]).toEqual([400, ['entityId needs entityType: give entityType and entityId together']]);
    });

    it('filters by actor and by time', async () => {
      const byActor = await entriesOf(auditor, '?actorId=u-county_union_cadre-county-a&limit=500');
      const expected = await city.sql<{ seq: number }>(
        `SELECT seq::int FROM registration.audit_log WHERE actor_id = 'u-county_union_cadre-county-a'
            AND (org_path = '/city/county-a' OR org_path LIKE '/city/county-a/%') ORDER BY seq DESC`,
      );
      expect(byActor.body.entries.map((e: Json) => e.seq)).toEqual(expected.map((r) => r.seq));
      expect(expected.length).toBeGreaterThanOrEqual(8);

      const all: Json[] = (await entriesOf(auditor, '?limit=500')).body.entries;
      const newer = all[2];
      const older = all.slice(6).find((e) => e.occurredAt < newer.occurredAt);
      const window = await entriesOf(auditor, `?from=${encodeURIComponent(older.occurredAt)}&to=${encodeURIComponent(newer.occurredAt)}&limit=500`);
      expect(window.status).toBe(200);
      const inWindow = all.filter((e) => e.occurredAt >= older.occurredAt && e.occurredAt < newer.occurredAt).map((e) => e.id);
      expect(window.body.entries.map((e: Json) => e.id)).toEqual(inWindow);
      expect(inWindow).toContain(older.id);
      expect(inWindow).not.toContain(newer.id);
      expect((await entriesOf(auditor, '?to=2000-01-01T00:00:00Z')).body).toEqual({ entries: [], nextCursor: null });
    });

    it('pages with limit and nextCursor, without gaps or repeats', async () => {
      const all = (await entriesOf(auditor, '?limit=500')).body.entries.map((e: Json) => e.id);
      const walked: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await entriesOf(auditor, `?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        expect(res.body.entries.length).toBeLessThanOrEqual(4);
        walked.push(...res.body.entries.map((e: Json) => e.id));
        cursor = res.body.nextCursor;
        if (cursor !== null) expect(cursor).toBe(String(res.body.entries[3].id));
        pages += 1;
      } while (cursor !== null && pages < 200);
      expect(walked).toEqual(all);
      expect(pages).toBe(Math.ceil(all.length / 4));
    });

    it.each([
      ['from that is not a time', '?from=yesterday', ['from must be an ISO 8601 time, e.g. 2026-01-01T00:00:00+08:00']],
      ['to that is not a time', '?to=2026-13-40', ['to must be an ISO 8601 time, e.g. 2026-12-31T23:59:59+08:00']],
      ['limit 0', '?limit=0', ['limit must not be less than 1']],
      ['limit above 500', '?limit=501', ['limit must not be greater than 500']],
      ['a cursor that is not one', '?cursor=abc', ['cursor must be the nextCursor of a previous page']],
      ['an unknown parameter', '?sort=asc', ['property sort should not exist']],
      ['an empty actorId', '?actorId=', ['actorId must not be empty; leave it out to not filter by it']],
      ['an empty orgUnitId', '?orgUnitId=', ['orgUnitId must not be empty; leave it out to not filter by it']],
    ])('refuses %s with 400 naming the field', async (_, query, message) => {
      const res = await entriesOf(auditor, query);
      expect([res.status, res.body.message]).toEqual([400, message]);
    });

    it.each([
      ['worker', 'team-a1a'],
      ['judge', 'county-a'],
      ['finance', 'county-a'],
      ['enterprise_management', 'ent-a2'],
    ] as const)('refuses the role %s with 403', async (role, unit) => {
      const since = await lastEntryId(city);
      const res = await entriesOf(await city.tokenAs(role, unit), '');
      expect(res.status).toBe(403);
      expect(res.body.message).toBe(`this action needs one of the roles ${TRAIL_READERS}; you have ${role}`);
      expect((await entriesAfter(city, since)).map((e) => [e.action, e.entity_id])).toEqual([['access.denied', 'GET /audit/entries']]);
    });
  });

  describe('GET /audit/entries.csv', () => {
    it('gives an auditor the same entries as the JSON query, as CSV with a BOM', async () => {
      const json = await apiClient(city.registration.url, auditor).get('/audit/entries?orgUnitId=county-a&limit=500');
      const res = await getBytes(city.registration.url, auditor, '/audit/entries.csv?orgUnitId=county-a');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="audit-trail.csv"');
      expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = res.bytes.subarray(3).toString('utf8');
      expect(text.startsWith(`${CSV_HEADER}\r\n`)).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);

      const [header, ...lines] = parse(text, { relax_quotes: false }) as string[][];
      expect(header.join(',')).toBe(CSV_HEADER);
      expect(lines).toHaveLength(json.body.entries.length);
      const records = lines.map((line) => Object.fromEntries(header.map((h, i) => [h, line[i]])));
      expect(records.map((r) => [Number(r.id), r.entry_id, r.action])).toEqual(json.body.entries.map((e: Json) => [e.id, e.entryId, e.action]));
      const quoted = records.find((r) => r.reason === '年报更正, "第二次"');
      expect(quoted).toMatchObject({ entity_id: 'ent-a2', org_path: '/city/county-a/town-a1/ent-a2' });
      expect(JSON.parse(quoted!.after)).toMatchObject({ name: '乙公司' });
    });

    it('filters like the JSON query', async () => {
      const json = await apiClient(city.registration.url, auditor).get('/audit/entries?entityType=org-unit&entityId=ent-a2');
      const res = await getBytes(city.registration.url, auditor, '/audit/entries.csv?entityType=org-unit&entityId=ent-a2');
      const [, ...lines] = parse(res.bytes.subarray(3).toString('utf8')) as string[][];
      expect(lines.map((l) => Number(l[0]))).toEqual(json.body.entries.map((e: Json) => e.id));
      expect(lines).toHaveLength(3);
    });

    it('refuses a cadre who is not an auditor, and a unit outside the subtree', async () => {
      const res = await getBytes(city.registration.url, county, '/audit/entries.csv');
      expect(res.status).toBe(403);
      expect(JSON.parse(res.bytes.toString('utf8')).message).toBe('this action needs one of the roles auditor; you have county_union_cadre');
      expect((await getBytes(city.registration.url, auditor, '/audit/entries.csv?orgUnitId=county-b')).status).toBe(403);
    });
  });

  describe('GET /audit/verify in awards, which keeps a trail of its own', () => {
    const verifyAwards = async () => (await apiClient(city.awards!.url, auditor).get('/audit/verify')).body;

    it('finds an edited entry and a deleted one', async () => {
      // Awards' trail so far holds only its own denials.
      const judge = apiClient(city.awards!.url, await city.tokenAs('judge', 'county-a'));
      for (let i = 0; i < 4; i++) expect((await judge.get('/audit/entries')).status).toBe(403);
      // Only auditors verify (and this refusal is one more entry).
      expect((await apiClient(city.awards!.url, county).get('/audit/verify')).status).toBe(403);
      const good = await verifiedWhenPublished(city, city.awards!.url, auditor, 'awards');
      const rows = await city.sql<{ seq: number; entry_id: string; reason: string; hash: string }>(
        `SELECT seq::int, entry_id, reason, hash FROM awards.audit_log WHERE seq <= $1 ORDER BY seq`,
        [good.headSeq],
      );
      expect(rows.length).toBeGreaterThanOrEqual(5);
      expect(good).toEqual({
        ok: true,
        entries: rows.length,
        headSeq: rows.length,
        headHash: rows[rows.length - 1].hash,
        unsealed: 0,
        published: { seq: rows.length, hash: rows[rows.length - 1].hash, sealedAt: expect.any(String) },
      });

      const middle = rows[1];
      await behindTheApplicationsBack(city, [[`UPDATE awards.audit_log SET reason = 'nothing happened' WHERE seq = $1`, [middle.seq]]]);
      expect(await verifyAwards()).toEqual({
        ok: false,
        entriesChecked: middle.seq,
        firstBrokenSeq: middle.seq,
        entryId: middle.entry_id,
        problem: 'hash-mismatch',
        published: good.published,
      });

      // Put back, the chain holds again: verification recomputes, it does not remember.
      await behindTheApplicationsBack(city, [[`UPDATE awards.audit_log SET reason = $2 WHERE seq = $1`, [middle.seq, middle.reason]]]);
      expect(await verifyAwards()).toEqual(good);

      await behindTheApplicationsBack(city, [[`DELETE FROM awards.audit_log WHERE seq = $1`, [middle.seq]]]);
      expect(await verifyAwards()).toEqual({
        ok: false,
        entriesChecked: middle.seq,
        firstBrokenSeq: middle.seq + 1,
        entryId: rows[2].entry_id,
        problem: 'gap',
        published: good.published,
      });
    });
  });

  describe('GET /audit/verify in registration', () => {
    const verify = async (token = auditor) => apiClient(city.registration.url, token).get('/audit/verify');

    it('is for auditors only', async () => {
      const res = await verify(county);
      expect([res.status, res.body.message]).toEqual([403, 'this action needs one of the roles auditor; you have county_union_cadre']);
    });

    it('reports the whole chain sound, then the first entry edited behind the application', async () => {
      const sound = await verifiedWhenPublished(city, city.registration.url, auditor, 'registration');
      const rows = await city.sql<{ seq: number; entry_id: string; hash: string; correlation_id: string }>(
        `SELECT seq::int, entry_id, hash, correlation_id FROM registration.audit_log WHERE seq <= $1 ORDER BY seq`,
        [sound.headSeq],
      );
      expect(sound).toMatchObject({ ok: true, entries: rows.length, headSeq: rows.length, headHash: rows[rows.length - 1].hash, unsealed: 0 });

      // The application's own connection could not do this: the table refuses changes.
      const target = rows.find((r) => r.correlation_id === 'audit-patch-1')!;
      await expect(city.sql(`UPDATE registration.audit_log SET reason = '改过' WHERE seq = $1`, [target.seq])).rejects.toThrow(
        'audit_log is append-only: UPDATE refused',
      );
      await expect(city.sql(`DELETE FROM registration.audit_log WHERE seq = $1`, [target.seq])).rejects.toThrow('audit_log is append-only: DELETE refused');
      expect((await verify()).body.ok).toBe(true);

      await behindTheApplicationsBack(city, [[`UPDATE registration.audit_log SET reason = '改过' WHERE seq = $1`, [target.seq]]]);
      const broken = await verify();
      expect(broken.status).toBe(200);
      expect(broken.body).toMatchObject({ ok: false, entriesChecked: target.seq, firstBrokenSeq: target.seq, entryId: target.entry_id, problem: 'hash-mismatch' });
    });
  });
});

describe('a registration trail with an entry deleted behind the application', () => {
  let city: TestCity;

  beforeAll(async () => {
    city = await startTestCity();
  });

  afterAll(() => city?.stop());

  it('verifies sound, then reports a gap at the entry after the deleted one', async () => {
    const auditor = await city.tokenAs('auditor', 'city');
    const api = apiClient(city.registration.url, auditor);
    const sound = await verifiedWhenPublished(city, city.registration.url, auditor, 'registration');
    const rows = await city.sql<{ seq: number; entry_id: string; hash: string }>(
      `SELECT seq::int, entry_id, hash FROM registration.audit_log WHERE seq <= $1 ORDER BY seq`,
      [sound.headSeq],
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(sound).toMatchObject({ ok: true, entries: rows.length, headSeq: rows.length, headHash: rows[rows.length - 1].hash });

    const middle = Math.floor(rows.length / 2);
    await behindTheApplicationsBack(city, [[`DELETE FROM registration.audit_log WHERE seq = $1`, [middle]]]);
    const res = await api.get('/audit/verify');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: false, entriesChecked: middle, firstBrokenSeq: middle + 1, entryId: rows[middle].entry_id, problem: 'gap' });
    // The trail is still readable around the hole.
    const listed = (await api.get('/audit/entries?limit=500')).body.entries.map((e: Json) => e.seq);
    expect(listed).toHaveLength(rows.length - 1);
    expect(listed).not.toContain(middle);
  });
});

describe('a registration trail whose last entries are removed behind the application', () => {
  let city: TestCity;

  beforeAll(async () => {
    city = await startTestCity();
  });

  afterAll(() => city?.stop());

  it('still chains, but no longer reaches the head the service published on Kafka: tail-removed', async () => {
    const auditor = await city.tokenAs('auditor', 'city');
    const sound = await verifiedWhenPublished(city, city.registration.url, auditor, 'registration');
    // What the table alone cannot show: the last three entries gone, the rest a valid chain.
    await behindTheApplicationsBack(city, [[`DELETE FROM registration.audit_log WHERE seq > $1`, [sound.headSeq - 3]]]);
    const res = await apiClient(city.registration.url, auditor).get('/audit/verify');
    expect(res.body).toEqual({
      ok: false,
      entriesChecked: sound.headSeq - 3,
      firstBrokenSeq: sound.headSeq - 2,
      entryId: null,
      problem: 'tail-removed',
      published: sound.published,
    });
  });
});
