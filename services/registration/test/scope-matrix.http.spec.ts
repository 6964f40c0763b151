import { Role, roles, treeKeeperRoles } from '@lc/org';
import { apiClient, startTestCity, TestCity, testCityUnits, waitFor, waitForReadModel } from '@lc/testing';

/**
 * DOMAIN §1 through the HTTP API of two services: for every role, acting on its own unit, a unit
 * under it, a sibling, an ancestor and a unit in another branch. Registration answers from the tree
 * it owns; awards from its read model of that tree. Every refusal is a 403 with a reason and leaves
 * an access.denied entry in the refusing service's audit trail.
 */
type Position = 'own' | 'descendant' | 'sibling' | 'ancestor' | 'other branch';

/** Where each role acts in the test city, and the unit at each position from there. */
const placement: Record<Role, { unit: string; targets: Partial<Record<Position, string>> }> = (() => {
  const county = { unit: 'county-a', targets: { own: 'county-a', descendant: 'town-a1', sibling: 'county-b', ancestor: 'city', 'other branch': 'town-b1' } };
  const enterprise = { unit: 'ent-a1', targets: { own: 'ent-a1', descendant: 'team-a1a', sibling: 'ent-a2', ancestor: 'town-a1', 'other branch': 'ent-b1' } };
  const team = { unit: 'team-a1a', targets: { own: 'team-a1a', sibling: 'team-a1b', ancestor: 'ent-a1', 'other branch': 'team-b1a' } };
  return {
    worker: team,
    team_leader: team,
    enterprise_union_cadre: enterprise,
    enterprise_management: enterprise,
    township_union_cadre: { unit: 'town-a1', targets: { own: 'town-a1', descendant: 'ent-a1', sibling: 'town-a2', ancestor: 'county-a', 'other branch': 'ent-b1' } },
    industry_union_cadre: { unit: 'ind-1', targets: { own: 'ind-1', descendant: 'ent-i1', sibling: 'ind-2', ancestor: 'city', 'other branch': 'ent-a1' } },
    county_union_cadre: county,
    county_committee_office: county,
    // The root has no sibling, ancestor or other branch.
    city_union_cadre: { unit: 'city', targets: { own: 'city', descendant: 'ent-b1' } },
    safety_inspector: county,
    judge: county,
    finance: county,
    auditor: county,
  };
})();

/** The rule, stated independently of the code under test: the unit itself or below it, and workers never on units. */
const mayRead = (role: Role, position: Position) => role !== 'worker' && (position === 'own' || position === 'descendant');
const mayChangeUnit = (role: Role, position: Position) => treeKeeperRoles.includes(role) && mayRead(role, position);

const cases = roles.flatMap((role) =>
  (Object.entries(placement[role].targets) as [Position, string][]).map(([position, target]) => ({ role, position, target })),
);

describe('scope matrix through registration and awards', () => {
  let city: TestCity;

  beforeAll(async () => {
    city = await startTestCity({ withAwards: true });
    // Awards has the whole tree once the last unit created has reached it.
    const last = testCityUnits[testCityUnits.length - 1];
    await waitForReadModel(city, last.id, city.paths.get(last.id)!);
  });

  afterAll(() => city?.stop());

  const deniedCount = async (schema: string) =>
    (await city.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.audit_log WHERE action = 'access.denied'`))[0].n;

  it.each(cases)('$role on $position ($target)', async ({ role, position, target }) => {
    const token = await city.tokenAs(role, placement[role].unit);
    const registration = apiClient(city.registration.url, token);
    const awards = apiClient(city.awards!.url, token);
    const expectedRead = mayRead(role, position) ? 200 : 403;
    const expectedWrite = mayChangeUnit(role, position) ? 200 : 403;
    const deniedBefore = { registration: await deniedCount('registration'), awards: await deniedCount('awards') };

    const readHere = await registration.get(`/org-units/${target}`);
    const readThere = await awards.get(`/org-tree/units/${target}`);
    const write = await registration.patch(`/org-units/${target}`, { name: `单位 ${target} (${role})`, reason: 'scope matrix' });

    expect([readHere.status, readThere.status, write.status]).toEqual([expectedRead, expectedRead, expectedWrite]);
    for (const res of [readHere, readThere, write]) {
      if (res.status === 403) expect(res.body.message).toMatch(/^(your|the|a|an|this) .{30,}/);
    }
    if (expectedRead === 200) {
      expect(readHere.body).toMatchObject({ id: target, path: city.paths.get(target) });
      expect(readThere.body).toMatchObject({ id: target, path: city.paths.get(target) });
    }
    const refusals = (res: { status: number }[]) => res.filter((r) => r.status === 403).length;
    expect(await deniedCount('registration')).toBe(deniedBefore.registration + refusals([readHere, write]));
    expect(await deniedCount('awards')).toBe(deniedBefore.awards + refusals([readThere]));
  });

  it('explains a refusal by naming both units', async () => {
    const token = await city.tokenAs('county_union_cadre', 'county-a');
    const res = await apiClient(city.registration.url, token).get('/org-units/county-b');
    expect(res.status).toBe(403);
    expect(res.body.message).toBe(
      'your unit county-a is not above or equal to the target unit county-b; you act only on your own unit and the units under it',
    );
  });

  it('refuses a request without a token, or with a forged one, with 401 in both services', async () => {
    for (const [url, path] of [
      [city.registration.url, '/org-units/city'],
      [city.awards!.url, '/org-tree/units/city'],
    ]) {
      expect((await apiClient(url).get(path)).status).toBe(401);
      const forged = apiClient(url, `${city.rootToken.slice(0, -4)}AAAA`);
      expect((await forged.get('/audit/entries')).status).toBe(401);
    }
  });
});

describe('the read model of the tree in another service', () => {
  let city: TestCity;

  beforeAll(async () => {
    city = await startTestCity({ withAwards: true });
  });

  afterAll(() => city?.stop());

  it('sees a unit moved in registration, with its whole subtree, after the event', async () => {
    const api = apiClient(city.registration.url, city.rootToken);
    await waitForReadModel(city, 'team-a1a', '/city/county-a/town-a1/ent-a1/team-a1a');

    const moved = await api.post('/org-units/town-a1/move', { newParentId: 'county-b', reason: '区划调整' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: 'town-a1', parentId: 'county-b', path: '/city/county-b/town-a1', version: 2 });

    const unit = await waitForReadModel(city, 'town-a1', '/city/county-b/town-a1');
    expect(unit).toMatchObject({ kind: 'township_union', parentId: 'county-b', active: true });
    await waitForReadModel(city, 'ent-a1', '/city/county-b/town-a1/ent-a1');
    await waitForReadModel(city, 'team-a1a', '/city/county-b/town-a1/ent-a1/team-a1a');
    // Units outside the moved subtree keep their place.
    await waitForReadModel(city, 'town-a2', '/city/county-a/town-a2');

    // Scope in awards follows the move: county-a's cadre no longer reaches the moved township.
    const countyA = apiClient(city.awards!.url, await city.tokenAs('county_union_cadre', 'county-a'));
    expect((await countyA.get('/org-tree/units/town-a1')).status).toBe(403);
    const countyB = apiClient(city.awards!.url, await city.tokenAs('county_union_cadre', 'county-b'));
    expect((await countyB.get('/org-tree/units/ent-a1')).status).toBe(200);
  });

  it('sees a rename and a deactivation', async () => {
    const api = apiClient(city.registration.url, city.rootToken);
    expect((await api.patch('/org-units/team-b1a', { name: '焊接一班' })).status).toBe(200);
    expect((await api.post('/org-units/team-b1a/deactivate', { reason: '班组撤并' })).status).toBe(200);
    const awards = apiClient(city.awards!.url, city.rootToken);
    const seen = await waitForReadModelMatch(() => awards.get('/org-tree/units/team-b1a'), (b) => b.active === false);
    expect(seen).toMatchObject({ name: '焊接一班', active: false, path: '/city/county-b/town-b1/ent-b1/team-b1a' });
  });
});

async function waitForReadModelMatch(get: () => Promise<{ status: number; body: { active?: boolean } }>, done: (body: { active?: boolean }) => boolean) {
  return waitFor('the read model to catch up', async () => {
    const res = await get();
    return res.status === 200 && done(res.body) ? res.body : undefined;
  });
}
