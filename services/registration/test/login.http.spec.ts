import { generateSigningKeyPair, TokenIssuer } from '@lc/auth';
import { apiClient, createUserWithPassword, Json, ROOT_ADMIN, startTestCity, TestCity, waitForReadModel } from '@lc/testing';
import { countOf, entriesAfter, lastEntryId, userIdOf } from './fixtures/city-helpers';

const WRONG = 'username or password is wrong';
const THROTTLED = /^too many failed logins for this username from your address; try again in (\d+) seconds, or ask your union to unlock it$/;

/**
 * Logging in through registration (POST /auth/login) with users created by a cadre through the API:
 * the token and what it is good for, wrong and unknown names alike, lockout and unlock, users without
 * a password, deactivated units, the per-address limit, and refusing bad users whole.
 */
describe('login', () => {
  let city: TestCity;
  let root: ReturnType<typeof apiClient>;
  let anonymous: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    city = await startTestCity({ withAwards: true });
    root = apiClient(city.registration.url, city.rootToken);
    anonymous = apiClient(city.registration.url);
  });

  afterAll(() => city?.stop());

  const login = (username: string, password: string, headers?: Record<string, string>) =>
    anonymous.post('/auth/login', { username, password }, headers);

  /**
   * POST /users by the root cadre; the user is expected to be created. With a password, the user then
   * chooses it as their own at the first login (the cadre's is temporary).
   */
  async function createUser(body: Record<string, unknown>): Promise<Json> {
    if (typeof body.password === 'string') {
      const { password, ...rest } = body;
      return (await createUserWithPassword(city.registration.url, city.rootToken, rest as Parameters<typeof createUserWithPassword>[2], password)).user;
    }
    const res = await root.post('/users', body);
    if (res.status !== 201) throw new Error(`creating ${String(body.username)}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Actions and reasons of the entries about one user, in order. */
  const historyOf = async (userId: string) =>
    (
      await city.sql<{ action: string; reason: string | null }>(
        `SELECT action, reason FROM registration.audit_log WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`,
        [userId],
      )
    ).map((r) => [r.action, r.reason]);

  describe('a successful login', () => {
    let auditor: Json;
    const password = 'Audit2026pass';

    beforeAll(async () => {
      auditor = await createUser({ username: 'Li.Auditor', displayName: '李审计', orgUnitId: 'county-a', roles: ['auditor'], password });
    });

    it('answers with a bearer token and who the user is', async () => {
      const since = await lastEntryId(city);
      const res = await login('Li.Auditor', password, { 'x-correlation-id': 'login-ok-1' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        tokenType: 'Bearer',
        expiresIn: 60 * 60,
        refreshToken: expect.stringMatching(/^[\w-]{43}$/),
        user: { userId: auditor.id, displayName: '李审计', orgUnitId: 'county-a', orgPath: '/city/county-a', roles: ['auditor'] },
      });
      const entries = await entriesAfter(city, since);
      expect(entries).toEqual([
        expect.objectContaining({
          action: 'user.logged-in',
          actor_id: auditor.id,
          actor_org_unit_id: 'county-a',
          entity_type: 'user',
          entity_id: auditor.id,
          org_path: '/city/county-a',
          correlation_id: 'login-ok-1',
        }),
      ]);
    });

    it('gives a token that registration accepts for GET /users/me', async () => {
      const { body } = await login('Li.Auditor', password);
      const me = await apiClient(city.registration.url, body.accessToken).get('/users/me');
      expect(me.status).toBe(200);
      expect(me.body).toEqual({
        id: auditor.id,
        username: 'Li.Auditor',
        displayName: '李审计',
        orgUnitId: 'county-a',
        orgUnitName: '单位 county-a',
        orgPath: '/city/county-a',
        roles: ['auditor'],
        active: true,
        canLogIn: true,
        passwordChangeRequired: false,
        gender: null,
        mobile: null,
        trade: null,
        skillGrade: null,
        createdAt: auditor.createdAt,
      });
    });

    it('gives a token that another service, holding only the public key, accepts', async () => {
      await waitForReadModel(city, 'county-a', '/city/county-a');
      const { body } = await login('Li.Auditor', password);
      const awards = apiClient(city.awards!.url, body.accessToken);
      const unit = await awards.get('/org-tree/units/county-a');
      expect(unit.status).toBe(200);
      expect(unit.body).toMatchObject({ id: 'county-a', path: '/city/county-a', active: true });
      const trail = await awards.get('/audit/entries');
      expect(trail.status).toBe(200);
      expect(trail.body).toEqual({ entries: expect.any(Array), nextCursor: null });
      // Scope holds in awards as well: the token names county-a, not county-b.
      expect((await awards.get('/org-tree/units/county-b')).status).toBe(403);

      // A token of the same shape signed with any other key is refused by both.
      const otherIssuer = new TokenIssuer(generateSigningKeyPair().privateKeyPem);
      const forged = await otherIssuer.issue(body.user, '00000000-0000-4000-8000-000000000001');
      expect((await apiClient(city.awards!.url, forged).get('/audit/entries')).status).toBe(401);
      expect((await apiClient(city.registration.url, forged).get('/users/me')).status).toBe(401);
    });

    it('takes the username in any case', async () => {
      for (const username of ['li.auditor', 'LI.AUDITOR', 'lI.aUdItOr']) {
        const res = await login(username, password);
        expect([username, res.status]).toEqual([username, 200]);
        expect(res.body.user.userId).toBe(auditor.id);
      }
    });

    it('takes the password only in its exact case', async () => {
      expect((await login('Li.Auditor', password.toUpperCase())).status).toBe(401);
      // The right password afterwards clears the count of this address.
      expect((await login('Li.Auditor', password)).status).toBe(200);
      expect(await city.sql(`SELECT failed_attempts FROM registration.login_throttle WHERE login_name = 'li.auditor'`)).toEqual([]);
    });
  });

  describe('a refused login', () => {
    it('says the same for a wrong password and an unknown username, and audits both', async () => {
      const user = await createUser({ username: 'sun.li', displayName: '孙丽', orgUnitId: 'town-a2', roles: ['township_union_cadre'], password: 'Right2026pass' });
      const since = await lastEntryId(city);

      const wrong = await login('sun.li', 'Wrong2026pass');
      const unknown = await login('nobody.here', 'Wrong2026pass');
      expect([wrong.status, wrong.body.message]).toEqual([401, WRONG]);
      expect([unknown.status, unknown.body.message]).toEqual([401, WRONG]);
      expect(wrong.body.accessToken).toBeUndefined();

      const entries = await entriesAfter(city, since);
      expect(entries.map((e) => [e.action, e.actor_id, e.entity_id, e.org_path, e.reason])).toEqual([
        ['user.login-failed', user.id, user.id, '/city/county-a/town-a2', 'wrong password (1 in a row from this address)'],
        ['user.login-failed', 'anonymous', 'anonymous', null, "unknown username 'nobody.here' (1 in a row from this address)"],
      ]);
      expect(await city.sql(`SELECT failed_attempts FROM registration.login_throttle WHERE login_name = 'sun.li'`)).toEqual([{ failed_attempts: 1 }]);
    });

    it(`makes this address wait after 5 wrong passwords in a row for a name, until a cadre above unlocks it`, async () => {
      const password = 'Worker2026pass';
      const user = await createUser({ username: 'zhao.lei', displayName: '赵磊', orgUnitId: 'team-a1a', roles: ['worker'], password });
      const since = await lastEntryId(city);

      for (let attempt = 1; attempt <= 4; attempt++) {
        const res = await login('zhao.lei', `Guess${attempt}pass0`);
        expect([attempt, res.status, res.body.message]).toEqual([attempt, 401, WRONG]);
      }
      const fifth = await login('zhao.lei', 'Guess5pass0');
      expect(fifth.status).toBe(429);
      expect(fifth.body.message).toMatch(THROTTLED);
      expect(Number(fifth.headers.get('retry-after'))).toBeGreaterThan(14 * 60);

      // Even the right password is refused from this address while it waits.
      const right = await login('zhao.lei', password);
      expect(right.status).toBe(429);

      expect((await entriesAfter(city, since)).map((e) => [e.action, e.reason])).toEqual([
        ['user.login-failed', 'wrong password (1 in a row from this address)'],
        ['user.login-failed', 'wrong password (2 in a row from this address)'],
        ['user.login-failed', 'wrong password (3 in a row from this address)'],
        ['user.login-failed', 'wrong password (4 in a row from this address)'],
        ['user.login-failed', 'wrong password (5 in a row from this address)'],
        ['user.login-throttled', expect.stringMatching(/^5 failed logins in a row from /)],
      ]);

      // A cadre of another branch may not unlock it; nothing changes.
      const otherBranch = apiClient(city.registration.url, await city.tokenAs('county_union_cadre', 'county-b'));
      const refused = await otherBranch.post(`/users/${user.id}/unlock`, { reason: '本人来电' });
      expect(refused.status).toBe(403);
      expect(refused.body.message).toBe(
        'your unit county-b is not above or equal to the target unit team-a1a; you act only on your own unit and the units under it',
      );
      expect((await login('zhao.lei', password)).status).toBe(429);

      // Unlocking needs a reason.
      const township = apiClient(city.registration.url, await city.tokenAs('township_union_cadre', 'town-a1'));
      const noReason = await township.post(`/users/${user.id}/unlock`, {});
      expect(noReason.status).toBe(400);
      expect(noReason.body.message).toContain('reason is required: say why the account is unlocked');

      const unlockedSince = await lastEntryId(city);
      const unlocked = await township.post(`/users/${user.id}/unlock`, { reason: '本人来电确认' });
      expect(unlocked.status).toBe(200);
      expect(unlocked.body).toMatchObject({ id: user.id, username: 'zhao.lei', canLogIn: true });
      expect(await entriesAfter(city, unlockedSince)).toEqual([
        expect.objectContaining({
          action: 'user.unlocked',
          actor_id: 'u-township_union_cadre-town-a1',
          entity_type: 'user',
          entity_id: user.id,
          org_path: '/city/county-a/town-a1/ent-a1/team-a1a',
          reason: '本人来电确认',
        }),
      ]);

      const after = await login('zhao.lei', password);
      expect(after.status).toBe(200);
      expect(after.body.user).toMatchObject({ userId: user.id, roles: ['worker'] });
      expect(await city.sql(`SELECT * FROM registration.login_throttle WHERE login_name = 'zhao.lei'`)).toEqual([]);
    });

    it('refuses a user without a password until a cadre sets one, which must be strong enough', async () => {
      const user = await createUser({ username: 'qian.wei', displayName: '钱伟', orgUnitId: 'team-a1b', roles: ['worker'], mobile: '13912345678' });
      expect(user.canLogIn).toBe(false);

      for (const guess of ['x', 'anything1']) {
        const res = await login('qian.wei', guess);
        expect([res.status, res.body.message]).toEqual([401, WRONG]);
      }
      expect((await historyOf(user.id)).slice(-1)).toEqual([['user.login-failed', 'no password has been set (2 in a row from this address)']]);

      const cadre = apiClient(city.registration.url, await city.tokenAs('enterprise_union_cadre', 'ent-a1'));
      for (const [weak, message] of [
        ['short1', 'newPassword must be at least 10 characters'],
        ['1234567890', 'newPassword is too easy to guess: this is a frequently used password; add more words that are less common'],
      ]) {
        const res = await cadre.post(`/users/${user.id}/password`, { newPassword: weak });
        expect([weak, res.status, res.body.message]).toEqual([weak, 400, [message]]);
      }
      expect((await cadre.post(`/users/not-a-uuid/password`, { newPassword: 'Good2026pass' })).body.message).toBe('id must be a user id (UUID)');
      const missing = await cadre.post(`/users/00000000-0000-4000-8000-000000000000/password`, { newPassword: 'Good2026pass' });
      expect([missing.status, missing.body.message]).toEqual([404, "id: there is no user '00000000-0000-4000-8000-000000000000'"]);
      expect((await login('qian.wei', 'Good2026pass')).status).toBe(401);

      const since = await lastEntryId(city);
      const set = await cadre.post(`/users/${user.id}/password`, { newPassword: 'Good2026pass' });
      expect(set.status).toBe(204);
      const entries = await entriesAfter(city, since);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'user.password-set', actor_id: 'u-enterprise_union_cadre-ent-a1', entity_id: user.id });
      // The trail says that the password changed, never what it is or its hash.
      expect(entries[0].after).toEqual({ changed: ['passwordChangeRequired', 'passwordSetBy', 'passwordSetAt', 'password'] });
      const [hash] = await city.sql<{ password_hash: string }>(`SELECT password_hash FROM registration.users WHERE id = $1`, [user.id]);
      const trail = JSON.stringify(await city.sql(`SELECT * FROM registration.audit_log`));
      expect(trail).not.toContain('Good2026pass');
      expect(trail).not.toContain(hash.password_hash);

      // The cadre's password is temporary: the worker chooses their own first.
      // (The cadre here acts with a token minted by the test, for a user registration does not know: so no name to show.)
      expect((await login('qian.wei', 'Good2026pass')).body).toMatchObject({ passwordChangeRequired: true, setBy: null, setAt: expect.any(String) });
      const res = await anonymous.post('/auth/password', { username: 'qian.wei', password: 'Good2026pass', newPassword: 'Own-2026-choice' });
      expect(res.status).toBe(200);
      expect(res.body.user.userId).toBe(user.id);
      // The mobile is not a login name for a user whose username is something else.
      expect((await login('13912345678', 'Good2026pass')).status).toBe(401);
    });

    it('refuses a user whose unit has been deactivated, saying no more than for a wrong password', async () => {
      const team = await root.post('/org-units', { id: 'team-night', name: '夜班班组', kind: 'team', parentId: 'ent-a2' });
      expect(team.status).toBe(201);
      await createUser({ username: 'night.worker', displayName: '周夜', orgUnitId: 'team-night', roles: ['worker'], password: 'Night2026pass' });
      expect((await login('night.worker', 'Night2026pass')).status).toBe(200);

      expect((await root.post('/org-units/team-night/deactivate', { reason: '班组撤并' })).status).toBe(200);
      const res = await login('night.worker', 'Night2026pass');
      expect([res.status, res.body.message]).toEqual([401, WRONG]);
      expect(res.body.accessToken).toBeUndefined();

      // A wrong password still says only that it is wrong: nothing about the unit leaks.
      expect((await login('night.worker', 'Wrong2026pass')).body.message).toBe(WRONG);
      // Nobody new is bound to the deactivated unit.
      const more = await root.post('/users', { username: 'late.worker', displayName: '迟到', orgUnitId: 'team-night', roles: ['worker'] });
      expect([more.status, more.body.message]).toEqual([400, 'roles: team-night (夜班班组) is deactivated']);
    });

    it('audits the refused login of a user whose unit has been deactivated, as it audits every attempt', async () => {
      const userId = await userIdOf(city, 'night.worker');
      const since = await lastEntryId(city);
      expect((await login('night.worker', 'Night2026pass', { 'x-correlation-id': 'login-deactivated-1' })).status).toBe(401);
      // README: "every attempt audited"; a refusal with the right password is kept like a lock refusal is.
      const entries = await entriesAfter(city, since);
      expect(entries.map((e) => [e.action, e.entity_id, e.correlation_id])).toEqual([['user.login-failed', userId, 'login-deactivated-1']]);
      expect(entries[0].reason).toMatch(/deactivated/);
    });
  });

  describe('creating users: refusals write nothing', () => {
    const usersCount = () => countOf(city, 'registration.users');
    const changesCount = () => countOf(city, 'registration.audit_log', `action <> 'access.denied'`);
    const deniedCount = () => countOf(city, 'registration.audit_log', `action = 'access.denied'`);

    beforeAll(async () => {
      await createUser({ username: 'Wu.Gang', displayName: '吴刚', orgUnitId: 'ent-a3', roles: ['enterprise_union_cadre'], mobile: '13700001111', password: 'WuGang2026x' });
    });

    const judgeAtTeam =
      'roles: the role judge (评委/考核员) cannot be given at team-a1a, which is a team (班组); it exists only at: ' +
      'city federation (市总工会), district/county federation (区县(市)总工会), industry union (产业(行业)工会), ' +
      'bureau/company union (局(公司)工会), township/street/park union (乡镇(街道、园区)工会), enterprise union (企业工会)';

    it.each([
      ['a role that cannot be held at that kind of unit', { username: 'judge.team', displayName: '评委', orgUnitId: 'team-a1a', roles: ['judge'] }, 400, judgeAtTeam],
      [
        'a second role that cannot be held there',
        { username: 'lead.cadre', displayName: '班组长', orgUnitId: 'team-a1a', roles: ['team_leader', 'township_union_cadre'] },
        400,
        /^roles: the role township union cadre \(乡镇\(街道、园区\)工会干部\) cannot be given at team-a1a, which is a team \(班组\); it exists only at: township\/street\/park union/,
      ],
      ['a username taken in another case', { username: 'wu.GANG', displayName: '另一个吴刚', orgUnitId: 'ent-a3', roles: ['enterprise_union_cadre'] }, 409, "username: 'wu.GANG' is already taken"],
      ['a mobile that belongs to someone', { username: 'other.wu', displayName: '吴', orgUnitId: 'ent-a3', roles: ['worker'], mobile: '13700001111' }, 409, 'mobile: 13700001111 already belongs to another user'],
      ['an unknown unit', { username: 'lost.user', displayName: '无', orgUnitId: 'x', roles: ['worker'] }, 400, "orgUnitId: there is no org unit 'x'"],
      ['a role that does not exist', { username: 'boss.user', displayName: '老板', orgUnitId: 'ent-a3', roles: ['admin'] }, 400, [expect.stringMatching(/^each role must be one of worker, /)]],
      ['a weak password', { username: 'weak.user', displayName: '弱', orgUnitId: 'ent-a3', roles: ['worker'], password: 'password' }, 400, ['password must be at least 10 characters']],
      ['a username with a space', { username: 'has space', displayName: '空格', orgUnitId: 'ent-a3', roles: ['worker'] }, 400, ['username must be 3 to 64 letters, digits or . _ @ -']],
    ])('refuses %s', async (_, body, status, message) => {
      const before = { users: await usersCount(), changes: await changesCount(), denied: await deniedCount() };
      const res = await root.post('/users', body);
      expect(res.status).toBe(status);
      if (message instanceof RegExp) expect(res.body.message).toMatch(message);
      else expect(res.body.message).toEqual(message);
      expect({ users: await usersCount(), changes: await changesCount(), denied: await deniedCount() }).toEqual(before);
    });

    it('refuses a county cadre creating a user in another county with 403, recording only the denial', async () => {
      const countyA = apiClient(city.registration.url, await city.tokenAs('county_union_cadre', 'county-a'));
      const before = { users: await usersCount(), changes: await changesCount(), denied: await deniedCount() };
      const res = await countyA.post('/users', { username: 'b.cadre', displayName: '乙', orgUnitId: 'town-b1', roles: ['township_union_cadre'], password: 'Cadre2026pass' });
      expect(res.status).toBe(403);
      expect(res.body.message).toBe(
        'your unit county-a is not above or equal to the target unit town-b1; you act only on your own unit and the units under it',
      );
      expect({ users: await usersCount(), changes: await changesCount(), denied: await deniedCount() }).toEqual({ ...before, denied: before.denied + 1 });
      expect((await login('b.cadre', 'Cadre2026pass')).status).toBe(401);

      // The same cadre may create it in its own county.
      const own = await countyA.post('/users', { username: 'a.cadre', displayName: '甲', orgUnitId: 'town-a1', roles: ['township_union_cadre'], password: 'Cadre2026pass' });
      expect(own.status).toBe(201);
      expect(await usersCount()).toBe(before.users + 1);
      expect((await login('a.cadre', 'Cadre2026pass')).body).toMatchObject({ passwordChangeRequired: true });
    });

    it('does not let a worker or an auditor create users', async () => {
      const before = await usersCount();
      for (const [role, unit] of [['worker', 'team-a1a'], ['auditor', 'county-a']] as const) {
        const res = await apiClient(city.registration.url, await city.tokenAs(role, unit)).post('/users', {
          username: `${role}.made`,
          displayName: '某',
          orgUnitId: unit,
          roles: ['worker'],
        });
        expect([role, res.status]).toEqual([role, 403]);
      }
      expect(await usersCount()).toBe(before);
    });
  });

  it('keeps the root cadre able to log in (the admin made by install)', async () => {
    const res = await login(ROOT_ADMIN.username.toUpperCase(), ROOT_ADMIN.password);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ userId: await userIdOf(city, ROOT_ADMIN.username), orgUnitId: 'city', orgPath: '/city', roles: ['city_union_cadre'] });
    const me = await apiClient(city.registration.url, res.body.accessToken).get('/users/me');
    expect(me.body).toMatchObject({ username: ROOT_ADMIN.username, orgUnitName: '测试市总工会', orgPath: '/city' });
  });
});

describe('the per-address login limit', () => {
  let city: TestCity;

  beforeAll(async () => {
    // startTestCity logs the root cadre in once: that is the first attempt of the minute.
    city = await startTestCity({ registrationSettings: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' }, buildTree: false });
  });

  afterAll(() => city?.stop());

  it('refuses the 4th attempt within a minute from one address with 429, before the account is touched', async () => {
    const anonymous = apiClient(city.registration.url);
    const second = await anonymous.post('/auth/login', ROOT_ADMIN);
    const third = await anonymous.post('/auth/login', { username: ROOT_ADMIN.username, password: 'Wrong2026pass' });
    expect([second.status, third.status]).toEqual([200, 401]);
    const auditBefore = await countOf(city, 'registration.audit_log');

    const fourth = await anonymous.post('/auth/login', { username: ROOT_ADMIN.username, password: 'Wrong2026pass' });
    expect(fourth.status).toBe(429);
    expect(fourth.body.message).toMatch(/too many login attempts/);
    // Right password or not, other account or not: the address waits.
    const fifth = await anonymous.post('/auth/login', ROOT_ADMIN);
    const sixth = await anonymous.post('/auth/login', { username: 'someone.else', password: 'Wrong2026pass' });
    expect([fifth.status, sixth.status]).toEqual([429, 429]);

    // The refused attempts did not count against the account.
    expect(await city.sql(`SELECT failed_attempts FROM registration.login_throttle WHERE login_name = $1`, [ROOT_ADMIN.username])).toEqual([{ failed_attempts: 1 }]);
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await countOf(city, 'registration.audit_log')).toBe(auditBefore);
    // Other routes are not limited.
    expect((await apiClient(city.registration.url, city.rootToken).get('/users/me')).status).toBe(200);
  });
});
