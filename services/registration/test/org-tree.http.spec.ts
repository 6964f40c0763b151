import { apiClient, creditCodeFor, installRoot, registrationEnv, startTestCity, TestCity } from '@lc/testing';

/** Creating, correcting, moving and deactivating units through the API, and refusing bad input whole. */
describe('the org tree in registration', () => {
  let city: TestCity;
  let api: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    city = await startTestCity();
    api = apiClient(city.registration.url, city.rootToken);
  });

  afterAll(() => city?.stop());

  /** Rows that a refused request must leave untouched. */
  const counts = async () =>
    (
      await city.sql<{ units: number; outbox: number; audit: number }>(
        `SELECT (SELECT count(*)::int FROM registration.org_units) AS units,
                (SELECT count(*)::int FROM registration.outbox WHERE event_type <> 'audit.chain-sealed') AS outbox,
                (SELECT count(*)::int FROM registration.audit_log WHERE action <> 'access.denied') AS audit`,
      )
    )[0];

  it('creates an enterprise with its details, a path under its parent, one event and one audit entry', async () => {
    const before = await counts();
    const res = await api.post('/org-units', {
      name: '示范机械制造有限公司',
      kind: 'enterprise_union',
      parentId: 'town-a2',
      enterprise: { creditCode: creditCodeFor(900).toLowerCase(), ownership: 'non_public', aboveScale: true, industry: '制造业', headcount: 320 },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: `ent-${creditCodeFor(900).toLowerCase()}`,
      kind: 'enterprise_union',
      kindLabel: '企业工会',
      parentId: 'town-a2',
      path: `/city/county-a/town-a2/ent-${creditCodeFor(900).toLowerCase()}`,
      regionCode: '370100',
      active: true,
      enterprise: { creditCode: creditCodeFor(900), ownership: 'non_public', aboveScale: true, industry: '制造业', headcount: 320 },
      version: 1,
    });
    expect(await counts()).toEqual({ units: before.units + 1, outbox: before.outbox + 1, audit: before.audit + 1 });
    const [event] = await city.sql(`SELECT event_type, message_key, envelope FROM registration.outbox WHERE event_type <> 'audit.chain-sealed' ORDER BY seq DESC LIMIT 1`);
    expect(event).toMatchObject({ event_type: 'org-unit.created', message_key: 'org-tree' });
    expect(event.envelope.payload).toEqual({
      unitId: res.body.id,
      kind: 'enterprise_union',
      name: '示范机械制造有限公司',
      parentId: 'town-a2',
      path: res.body.path,
      active: true,
      version: 1,
    });
  });

  it.each([
    [
      'a credit code with a wrong check character',
      { name: 'x', kind: 'enterprise_union', parentId: 'town-a1', enterprise: { creditCode: `${creditCodeFor(1).slice(0, 17)}${creditCodeFor(1)[17] === '0' ? '1' : '0'}`, ownership: 'public', aboveScale: false, headcount: 1 } },
      400,
      /^enterprise\.creditCode: check character should be /,
    ],
    ['an unknown parent', { name: 'x', kind: 'team', parentId: 'nowhere' }, 400, /^parentId: there is no org unit 'nowhere'$/],
    ['a township under the city', { name: 'x', kind: 'township_union', parentId: 'city' }, 400, /^parentId: a township\/street\/park union .* may not be placed under city/],
    ['an enterprise without its details', { name: 'x', kind: 'enterprise_union', parentId: 'town-a1' }, 400, /^enterprise is required for an enterprise union/],
    ['enterprise details on a team', { name: 'x', kind: 'team', parentId: 'ent-a1', enterprise: { creditCode: creditCodeFor(901), ownership: 'public', aboveScale: false, headcount: 1 } }, 400, /^enterprise: only an enterprise union/],
    ['a kind that does not exist', { name: 'x', kind: 'workshop', parentId: 'ent-a1' }, 400, /^kind must be one of /],
    ['an id with a slash', { id: 'a/b', name: 'x', kind: 'team', parentId: 'ent-a1' }, 400, /^id must be 1 to 64 letters/],
    ['a headcount that is not whole', { name: 'x', kind: 'enterprise_union', parentId: 'town-a1', enterprise: { creditCode: creditCodeFor(902), ownership: 'public', aboveScale: false, headcount: 2.5 } }, 400, /^enterprise\.headcount must be a whole number/],
    ['an id that is taken', { id: 'team-a1a', name: 'x', kind: 'team', parentId: 'ent-a1' }, 409, /^id: an org unit with id 'team-a1a' already exists$/],
    ['a credit code that is registered', { name: 'x', kind: 'enterprise_union', parentId: 'town-a1', enterprise: { creditCode: creditCodeFor(1), ownership: 'public', aboveScale: false, headcount: 1 } }, 409, /^enterprise\.creditCode: .* is already registered for ent-a1/],
  ])('refuses %s, naming the field, and writes nothing', async (_, body, status, message) => {
    const before = await counts();
    const res = await api.post('/org-units', body);
    expect(res.status).toBe(status);
    const messages: string[] = Array.isArray(res.body.message) ? res.body.message : [res.body.message];
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    expect(await counts()).toEqual(before);
  });

  it('updates details, keeps the audit before and after, and writes nothing when nothing changes', async () => {
    const res = await api.patch('/org-units/ent-a2', { name: '新名称有限公司', enterprise: { headcount: 480 }, reason: '年报更正' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: '新名称有限公司', version: 2, enterprise: { headcount: 480 } });
    const [entry] = await city.sql(`SELECT action, before, after, reason FROM registration.audit_log ORDER BY id DESC LIMIT 1`);
    expect(entry).toMatchObject({ action: 'org-unit.updated', reason: '年报更正' });
    expect(entry.before).toMatchObject({ name: '单位 ent-a2', version: 1 });
    expect(entry.after).toMatchObject({ name: '新名称有限公司', version: 2, enterprise: expect.objectContaining({ headcount: 480 }) });

    const before = await counts();
    const same = await api.patch('/org-units/ent-a2', { name: '新名称有限公司' });
    expect(same.status).toBe(200);
    expect(same.body.version).toBe(2);
    expect(await counts()).toEqual(before);
  });

  it('moves a unit with its subtree and refuses moves that would break the tree', async () => {
    const moved = await api.post('/org-units/town-a2/move', { newParentId: 'county-b', reason: '区划调整' });
    expect(moved.status).toBe(200);
    const subtree = await api.get('/org-units/county-b/subtree?limit=100');
    const paths = subtree.body.items.map((u: { path: string }) => u.path);
    expect(paths).toEqual(expect.arrayContaining(['/city/county-b/town-a2', '/city/county-b/town-a2/ent-a3']));
    expect((await api.get('/org-units/ent-a3')).body.path).toBe('/city/county-b/town-a2/ent-a3');
    const ancestors = await api.get('/org-units/ent-a3/ancestors');
    expect(ancestors.body.map((a: { id: string }) => a.id)).toEqual(['city', 'county-b', 'town-a2']);

    const before = await counts();
    const refusals: [string, unknown, number, RegExp][] = [
      ['/org-units/county-a/move', { newParentId: 'town-a1', reason: 'r' }, 400, /^newParentId: county-a cannot be moved under town-a1, which is one of its own sub-units/],
      ['/org-units/county-a/move', { newParentId: 'county-a', reason: 'r' }, 400, /^newParentId: county-a already sits under|cannot be moved under itself/],
      ['/org-units/town-a1/move', { newParentId: 'ind-1', reason: 'r' }, 400, /may not be placed under/],
      ['/org-units/city/move', { newParentId: 'county-a', reason: 'r' }, 400, /^id: city is the root of the tree/],
      ['/org-units/town-a1/move', { newParentId: 'county-b' }, 400, /^reason is required/],
      ['/org-units/nowhere/move', { newParentId: 'county-b', reason: 'r' }, 404, /^id: there is no org unit 'nowhere'/],
    ];
    for (const [path, body, status, message] of refusals) {
      const res = await api.post(path, body);
      expect([path, res.status]).toEqual([path, status]);
      const messages: string[] = Array.isArray(res.body.message) ? res.body.message : [res.body.message];
      expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    }
    expect(await counts()).toEqual(before);

    // A unit is moved by a union above it, never by its own cadre.
    const township = apiClient(city.registration.url, await city.tokenAs('township_union_cadre', 'town-a1'));
    expect((await township.post('/org-units/town-a1/move', { newParentId: 'county-b', reason: 'r' })).status).toBe(403);
  });

  it('deactivates a unit only when nothing active is under it, and then takes nothing new under it', async () => {
    const busy = await api.post('/org-units/ent-b1/deactivate', { reason: '企业注销' });
    expect(busy.status).toBe(409);
    expect(busy.body.message).toBe('id: ent-b1 still has 1 active sub-unit(s); move or deactivate them first');

    expect((await api.post('/org-units/team-b1a/deactivate', { reason: '班组撤并' })).status).toBe(200);
    const done = await api.post('/org-units/ent-b1/deactivate', { reason: '企业注销' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ active: false, deactivationReason: '企业注销', deactivatedAt: expect.any(String) });

    const under = await api.post('/org-units', { name: '新班组', kind: 'team', parentId: 'ent-b1' });
    expect(under.status).toBe(400);
    expect(under.body.message).toMatch(/^parentId: ent-b1 .* is deactivated/);
    expect((await api.post('/org-units/ent-b1/deactivate', { reason: 'again' })).status).toBe(409);

    // Still there with its history: listed when asked for inactive units.
    const inactive = await api.get('/org-units/town-b1/subtree?status=inactive');
    expect(inactive.body.items.map((u: { id: string }) => u.id)).toEqual(['ent-b1', 'team-b1a']);
  });

  it('lists a subtree by kind, in tree order, paged', async () => {
    const page = await api.get('/org-units/city/subtree?kind=enterprise_union&limit=2');
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThanOrEqual(5);
    const all = await api.get('/org-units/city/subtree?kind=enterprise_union&limit=100');
    const paths = all.body.items.map((u: { path: string }) => u.path);
    expect(paths).toEqual([...paths].sort());
    expect((await api.get('/org-units/city/subtree?kind=castle')).status).toBe(400);
  });

  it('lists only the direct children of a unit, and units found by part of their name, for a tree opened level by level', async () => {
    const children = await api.get('/org-units/ent-a1/subtree?childrenOnly=true&limit=100');
    expect(children.status).toBe(200);
    expect(children.body.items.map((u: { id: string; parentId: string }) => [u.id, u.parentId]).sort()).toEqual([
      ['team-a1a', 'ent-a1'],
      ['team-a1b', 'ent-a1'],
    ]);
    expect(children.body.total).toBe(2);
    const named = await api.get(`/org-units/city/subtree?q=${encodeURIComponent('team-a1')}&limit=100`);
    expect(named.body.items.map((u: { id: string }) => u.id).sort()).toEqual(['team-a1a', 'team-a1b']);
    // A percent sign is a character to find, not a wildcard.
    expect((await api.get(`/org-units/city/subtree?q=${encodeURIComponent('%')}`)).body.total).toBe(0);
    expect((await api.get('/org-units/city/subtree?childrenOnly=maybe')).body).toMatchObject({ statusCode: 400, field: 'childrenOnly' });
  });

  it('counts the enterprises, teams and workers under each unit of a page, never a sibling whose id starts the same', async () => {
    const enterprise = (n: number, headcount: number) => ({ creditCode: creditCodeFor(n), ownership: 'non_public', aboveScale: false, industry: '制造业', headcount });
    expect((await api.post('/org-units', { id: 'ent-pfx', name: '前缀甲公司工会', kind: 'enterprise_union', parentId: 'town-a2', enterprise: enterprise(950, 40) })).status).toBe(201);
    expect((await api.post('/org-units', { id: 'ent-pfx-2', name: '前缀乙公司工会', kind: 'enterprise_union', parentId: 'town-a2', enterprise: enterprise(951, 75) })).status).toBe(201);
    expect((await api.post('/org-units', { id: 'team-pfx-2a', name: '乙公司一班', kind: 'team', parentId: 'ent-pfx-2' })).status).toBe(201);

    const town = await api.get('/org-units/town-a2/subtree?childrenOnly=true&withCounts=true&limit=100');
    const byId = Object.fromEntries(town.body.items.map((u: { id: string; counts: unknown }) => [u.id, u.counts]));
    expect(byId['ent-pfx']).toEqual({ enterprises: 1, teams: 0, headcount: 40 });
    expect(byId['ent-pfx-2']).toEqual({ enterprises: 1, teams: 1, headcount: 75 });

    // Every child of the city against the whole subtree counted here, unit by unit.
    type Unit = { id: string; kind: string; path: string; enterprise: { headcount: number } | null; counts?: unknown };
    const everything: Unit[] = (await api.get('/org-units/city/subtree?limit=200')).body.items;
    const children: Unit[] = (await api.get('/org-units/city/subtree?childrenOnly=true&withCounts=true&limit=100')).body.items;
    expect(children.length).toBeGreaterThan(1);
    for (const child of children) {
      const under = everything.filter((u) => u.path === child.path || u.path.startsWith(`${child.path}/`));
      const enterprises = under.filter((u) => u.kind === 'enterprise_union');
      expect([child.id, child.counts]).toEqual([
        child.id,
        { enterprises: enterprises.length, teams: under.filter((u) => u.kind === 'team').length, headcount: enterprises.reduce((sum, u) => sum + (u.enterprise?.headcount ?? 0), 0) },
      ]);
    }
    // Without the flag, no counts are computed.
    expect(children.length && (await api.get('/org-units/city/subtree?childrenOnly=true')).body.items[0].counts).toBeUndefined();
    expect((await api.get('/org-units/city/subtree?withCounts=many')).body).toMatchObject({ statusCode: 400, field: 'withCounts' });
  });

  it('creates a root only through the install command, which changes nothing when run again', async () => {
    const settings = {
      ROOT_UNIT_ID: 'city',
      ROOT_UNIT_NAME: '测试市总工会',
      ADMIN_USERNAME: 'city.cadre',
      ADMIN_DISPLAY_NAME: '市总干部',
      ADMIN_PASSWORD: 'Other2026pass',
    };
    const env = registrationEnv({ databaseUrl: city.databaseUrl, prefix: '' });
    const before = await counts();
    expect(JSON.parse(await installRoot(env, settings))).toEqual({ rootUnit: 'city', unitCreated: false, adminCreated: false });
    expect(await counts()).toEqual(before);
    // The admin's password was not reset by the second run.
    expect((await apiClient(city.registration.url).post('/auth/login', { username: 'city.cadre', password: 'Other2026pass' })).status).toBe(401);
    // A unit without a parent cannot be made through the API.
    expect((await api.post('/org-units', { name: '另一个市', kind: 'city_federation' })).status).toBe(400);
  });

  it("refuses an install whose first cadre's password the password policy refuses, naming the setting", async () => {
    const env = registrationEnv({ databaseUrl: city.databaseUrl, prefix: '' });
    const settings = { ROOT_UNIT_ID: 'city', ROOT_UNIT_NAME: '测试市总工会', ADMIN_USERNAME: 'city.cadre', ADMIN_DISPLAY_NAME: '市总干部' };
    await expect(installRoot(env, { ...settings, ADMIN_PASSWORD: 'password123' })).rejects.toThrow(/exited with 2:[\s\S]*ADMIN_PASSWORD[\s\S]*too easy to guess/);
    await expect(installRoot(env, { ...settings, ADMIN_PASSWORD: 'Short1' })).rejects.toThrow(/ADMIN_PASSWORD[\s\S]*at least 10 characters/);
  });
});
