import { request as httpRequest } from 'node:http';
import { apiClient, createUserWithPassword, Json, startTestCity, TestCity, waitFor } from '@lc/testing';

const WRONG = 'username or password is wrong';
const SESSION_ENDED = 'access token rejected: its session has ended; log in again';

/**
 * Sessions through the API on the real stack, with all four services: every way a session ends
 * (logout, a password change or reset, the user's or unit's deactivation, a role change) makes its
 * access token refused by every service within seconds and its refresh token useless; refresh tokens
 * rotate and a spent one presented again ends the session; passwords a cadre sets are temporary and
 * only a cadre above may set them; every login failure answers alike, and failures are throttled per
 * name and address.
 */
describe('sessions', () => {
  let city: TestCity;
  let services: { name: string; url: string }[];
  let n = 0;

  beforeAll(async () => {
    city = await startTestCity({ withAwards: true, withHazardReward: true, withAssessment: true });
    services = [
      { name: 'registration', url: city.registration.url },
      { name: 'hazard-reward', url: city.hazardReward!.url },
      { name: 'assessment', url: city.assessment!.url },
      { name: 'awards', url: city.awards!.url },
    ];
  });

  afterAll(() => city?.stop());

  /** A new user who has chosen their own password and holds the tokens of that login. */
  async function loggedIn(role: string, unitId: string, password = 'Sessions2026pass'): Promise<{ id: string; username: string; password: string; tokens: Json }> {
    const username = `s${++n}.${role}`.slice(0, 60);
    const { user, login } = await createUserWithPassword(city.registration.url, city.rootToken, { username, displayName: `会话${n}`, orgUnitId: unitId, roles: [role] }, password);
    return { id: user.id, username, password, tokens: login };
  }

  /** The status each service answers a token with, on a route every service has. */
  const statusesOf = async (token: string) =>
    Object.fromEntries(await Promise.all(services.map(async (s) => [s.name, (await apiClient(s.url, token).get('/audit/entries?limit=1')).status])));

  async function expectAcceptedEverywhere(token: string): Promise<void> {
    const statuses = await statusesOf(token);
    for (const s of services) expect([s.name, statuses[s.name] === 401]).toEqual([s.name, false]);
  }

  /** Polls: every service refuses the token with 401 within a few seconds. */
  async function expectRefusedEverywhere(token: string): Promise<void> {
    const started = Date.now();
    await waitFor('every service to refuse the token', async () => Object.values(await statusesOf(token)).every((status) => status === 401), {
      timeoutMs: 10_000,
      intervalMs: 200,
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    for (const s of services) {
      const res = await apiClient(s.url, token).get('/audit/entries?limit=1');
      expect([s.name, res.status, res.body.message]).toEqual([s.name, 401, SESSION_ENDED]);
    }
  }

  const refresh = (refreshToken: string) => apiClient(city.registration.url).post('/auth/refresh', { refreshToken });

  async function expectRefreshRefused(refreshToken: string): Promise<void> {
    const res = await refresh(refreshToken);
    expect(res.status).toBe(401);
    expect(res.body.accessToken).toBeUndefined();
  }

  describe('every way a session ends', () => {
    it('POST /auth/logout: the token is refused by all four services, and its refresh token is spent', async () => {
      const user = await loggedIn('township_union_cadre', 'town-a1');
      await expectAcceptedEverywhere(user.tokens.accessToken);
      expect((await apiClient(city.registration.url, user.tokens.accessToken).post('/auth/logout')).status).toBe(204);
      await expectRefusedEverywhere(user.tokens.accessToken);
      await expectRefreshRefused(user.tokens.refreshToken);
    });

    it('a password change by the user: the old session ends everywhere, the new one works', async () => {
      const user = await loggedIn('enterprise_union_cadre', 'ent-a1');
      const other = await apiClient(city.registration.url).post('/auth/login', { username: user.username, password: user.password });
      expect(other.status).toBe(200);
      await expectAcceptedEverywhere(other.body.accessToken);

      const changed = await apiClient(city.registration.url).post('/auth/password', { username: user.username, password: user.password, newPassword: 'Changed-2026-quietly' });
      expect(changed.status).toBe(200);
      await expectRefusedEverywhere(user.tokens.accessToken);
      await expectRefusedEverywhere(other.body.accessToken);
      await expectRefreshRefused(other.body.refreshToken);
      await expectAcceptedEverywhere(changed.body.accessToken);
      expect((await apiClient(city.registration.url).post('/auth/login', { username: user.username, password: user.password })).status).toBe(401);
    });

    it('a reset by a cadre above: the session ends everywhere, and the next login asks for a new password, saying who set it and when', async () => {
      const user = await loggedIn('worker', 'team-a1a');
      const town = await loggedIn('township_union_cadre', 'town-a1');
      const before = Date.now();
      const reset = await apiClient(city.registration.url, town.tokens.accessToken).post(`/users/${user.id}/password`, { newPassword: 'Temporary-2026-reset' });
      expect(reset.status).toBe(204);
      await expectRefusedEverywhere(user.tokens.accessToken);
      await expectRefreshRefused(user.tokens.refreshToken);

      const login = await apiClient(city.registration.url).post('/auth/login', { username: user.username, password: 'Temporary-2026-reset' });
      expect(login.status).toBe(200);
      expect(login.body).toEqual({
        passwordChangeRequired: true,
        message: expect.stringContaining('POST /auth/password'),
        setBy: { displayName: town.tokens.user.displayName, orgUnitName: '单位 town-a1' },
        setAt: expect.any(String),
      });
      expect(new Date(login.body.setAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(login.body.accessToken).toBeUndefined();
      expect(login.body.refreshToken).toBeUndefined();

      // Not the temporary password again; then a password of their own gives tokens.
      const same = await apiClient(city.registration.url).post('/auth/password', { username: user.username, password: 'Temporary-2026-reset', newPassword: 'Temporary-2026-reset' });
      expect([same.status, same.body.message]).toEqual([400, ['newPassword must differ from the current password']]);
      const own = await apiClient(city.registration.url).post('/auth/password', { username: user.username, password: 'Temporary-2026-reset', newPassword: 'My-own-2026-choice' });
      expect(own.status).toBe(200);
      await expectAcceptedEverywhere(own.body.accessToken);
    });

    it("the user's deactivation: the session ends everywhere, refresh and login are refused", async () => {
      const user = await loggedIn('worker', 'team-a1b');
      await expectAcceptedEverywhere(user.tokens.accessToken);
      const res = await apiClient(city.registration.url, city.rootToken).post(`/users/${user.id}/deactivate`, { reason: '调离本单位' });
      expect([res.status, res.body.active]).toEqual([200, false]);
      await expectRefusedEverywhere(user.tokens.accessToken);
      await expectRefreshRefused(user.tokens.refreshToken);
      const login = await apiClient(city.registration.url).post('/auth/login', { username: user.username, password: user.password });
      expect([login.status, login.body.message]).toEqual([401, WRONG]);
    });

    it("the unit's deactivation: the sessions of its users end everywhere (a deactivated team's worker files nothing)", async () => {
      expect((await apiClient(city.registration.url, city.rootToken).post('/org-units', { id: 'team-late', name: '晚班班组', kind: 'team', parentId: 'ent-a2' })).status).toBe(201);
      const worker = await loggedIn('worker', 'team-late');
      await expectAcceptedEverywhere(worker.tokens.accessToken);
      expect((await apiClient(city.registration.url, city.rootToken).post('/org-units/team-late/deactivate', { reason: '班组撤并' })).status).toBe(200);
      await expectRefusedEverywhere(worker.tokens.accessToken);
      const report = await apiClient(city.hazardReward!.url, worker.tokens.accessToken).post('/hazard-reports', { description: '配电箱门未关' });
      expect(report.status).toBe(401);
      await expectRefreshRefused(worker.tokens.refreshToken);
    });

    it('a role change: the session ends everywhere; the next login carries the new roles', async () => {
      const user = await loggedIn('enterprise_union_cadre', 'ent-a3');
      const res = await apiClient(city.registration.url, city.rootToken).put(`/users/${user.id}/roles`, { roles: ['enterprise_management'], reason: '岗位调整' });
      expect([res.status, res.body.roles]).toEqual([200, ['enterprise_management']]);
      await expectRefusedEverywhere(user.tokens.accessToken);
      await expectRefreshRefused(user.tokens.refreshToken);
      const login = await apiClient(city.registration.url).post('/auth/login', { username: user.username, password: user.password });
      expect(login.body.user.roles).toEqual(['enterprise_management']);
    });
  });

  describe('refresh tokens', () => {
    it('rotate: each works once and gives the next, with a fresh access token of the same session', async () => {
      const user = await loggedIn('county_union_cadre', 'county-a');
      const first = await refresh(user.tokens.refreshToken);
      expect(first.status).toBe(200);
      expect(first.body).toEqual({
        accessToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: 3600,
        refreshToken: expect.stringMatching(/^[\w-]{43}$/),
        user: { userId: user.id, displayName: user.tokens.user.displayName, orgUnitId: 'county-a', orgPath: '/city/county-a', roles: ['county_union_cadre'] },
      });
      expect(first.body.refreshToken).not.toBe(user.tokens.refreshToken);
      await expectAcceptedEverywhere(first.body.accessToken);
      const second = await refresh(first.body.refreshToken);
      expect(second.status).toBe(200);
      await expectAcceptedEverywhere(second.body.accessToken);
    });

    it('a spent refresh token presented again ends the whole session: every token of it is refused everywhere', async () => {
      const user = await loggedIn('county_union_cadre', 'county-b');
      const next = await refresh(user.tokens.refreshToken);
      expect(next.status).toBe(200);
      // Someone replays the spent token (a copy in a thief's hands, or the user's): refused, and the session ends.
      await expectRefreshRefused(user.tokens.refreshToken);
      await expectRefusedEverywhere(next.body.accessToken);
      await expectRefusedEverywhere(user.tokens.accessToken);
      await expectRefreshRefused(next.body.refreshToken);
      const [row] = await city.sql<{ end_reason: string }>(`SELECT end_reason FROM registration.sessions WHERE user_id = $1`, [user.id]);
      expect(row.end_reason).toBe('refresh-token-reused');
    });

    it('refuses a refresh token that was never issued, naming the field when it is not one at all', async () => {
      await expectRefreshRefused('A'.repeat(43));
      const bad = await apiClient(city.registration.url).post('/auth/refresh', { refreshToken: 'x' });
      expect([bad.status, bad.body.message]).toEqual([400, ['refreshToken must be the refreshToken a login or refresh answered']]);
    });
  });

  it('clears sessions a day past their end (and their spent refresh tokens) as new ones open, never a live one', async () => {
    const old = await loggedIn('county_union_cadre', 'county-b');
    expect((await refresh(old.tokens.refreshToken)).status).toBe(200);
    const live = await loggedIn('county_union_cadre', 'county-b');
    await city.sql(`UPDATE registration.sessions SET expires_at = now() - interval '25 hours' WHERE user_id = $1`, [old.id]);
    const count = async (userId: string) =>
      (
        await city.sql<{ sessions: number; spent: number }>(
          `SELECT (SELECT count(*)::int FROM registration.sessions WHERE user_id = $1) AS sessions,
                  (SELECT count(*)::int FROM registration.spent_refresh_tokens t JOIN registration.sessions s ON s.id = t.session_id WHERE s.user_id = $1) AS spent`,
          [userId],
        )
      )[0];
    expect(await count(old.id)).toEqual({ sessions: 1, spent: 1 });
    await loggedIn('county_union_cadre', 'county-b');
    expect(await count(old.id)).toEqual({ sessions: 0, spent: 0 });
    expect((await city.sql(`SELECT 1 FROM registration.spent_refresh_tokens t WHERE NOT EXISTS (SELECT 1 FROM registration.sessions s WHERE s.id = t.session_id)`)).length).toBe(0);
    expect((await count(live.id)).sessions).toBe(1);
    await expectAcceptedEverywhere(live.tokens.accessToken);
  });

  describe('who may set a password for someone else', () => {
    it('only a cadre of a unit strictly above the user: never a peer at the same unit', async () => {
      const worker = await loggedIn('worker', 'ent-a1');
      const cadre = await loggedIn('enterprise_union_cadre', 'ent-a1');
      const management = await loggedIn('enterprise_management', 'ent-a1');
      const colleague = await loggedIn('worker', 'ent-a1');
      const byCadre = await apiClient(city.registration.url, cadre.tokens.accessToken).post(`/users/${worker.id}/password`, { newPassword: 'Peer-set-2026-pass' });
      expect([byCadre.status, byCadre.body.message]).toEqual([403, "only a cadre of a unit above ent-a1 may do this; your unit ent-a1 is the user's own unit"]);
      for (const peer of [management, colleague]) {
        const res = await apiClient(city.registration.url, peer.tokens.accessToken).post(`/users/${worker.id}/password`, { newPassword: 'Peer-set-2026-pass' });
        expect(res.status).toBe(403);
      }
      // Nothing changed: the worker's session and password still work.
      await expectAcceptedEverywhere(worker.tokens.accessToken);
      expect((await apiClient(city.registration.url).post('/auth/login', { username: worker.username, password: worker.password })).body.accessToken).toEqual(expect.any(String));

      const town = await loggedIn('township_union_cadre', 'town-a1');
      expect((await apiClient(city.registration.url, town.tokens.accessToken).post(`/users/${worker.id}/password`, { newPassword: 'Town-set-2026-pass' })).status).toBe(204);
      const audited = await city.sql<{ action: string; actor_id: string }>(
        `SELECT action, actor_id FROM registration.audit_log WHERE entity_id = $1 AND action = 'user.password-set'`,
        [worker.id],
      );
      expect(audited).toEqual([{ action: 'user.password-set', actor_id: town.id }]);
    });

    it('makes a password a cadre gives a new account temporary too', async () => {
      const created = await apiClient(city.registration.url, city.rootToken).post('/users', {
        username: 'new.starter',
        displayName: '新人',
        orgUnitId: 'town-a2',
        roles: ['township_union_cadre'],
        password: 'Given-by-2026-city',
      });
      expect([created.status, created.body.passwordChangeRequired]).toEqual([201, true]);
      const login = await apiClient(city.registration.url).post('/auth/login', { username: 'new.starter', password: 'Given-by-2026-city' });
      expect(login.body).toMatchObject({ passwordChangeRequired: true, setBy: { displayName: '市总干部', orgUnitName: '测试市总工会' } });
      expect(login.body.accessToken).toBeUndefined();
    });
  });

  describe('login failures', () => {
    it('answer alike, 401 with one message, for an unknown name, a wrong password, a deactivated user and a user without a password', async () => {
      const deactivated = await loggedIn('worker', 'team-b1a');
      await apiClient(city.registration.url, city.rootToken).post(`/users/${deactivated.id}/deactivate`, { reason: '离职' });
      const known = await loggedIn('worker', 'team-b1a');
      const noPassword = await apiClient(city.registration.url, city.rootToken).post('/users', { username: 'no.password', displayName: '无密码', orgUnitId: 'team-b1a', roles: ['worker'] });
      expect(noPassword.status).toBe(201);

      const attempts = {
        unknown: { username: 'nobody.at.all', password: 'Sessions2026pass' },
        wrongPassword: { username: known.username, password: 'Not-the-2026-one' },
        deactivated: { username: deactivated.username, password: deactivated.password },
        noPassword: { username: 'no.password', password: 'Sessions2026pass' },
      };
      const timings: Record<string, number[]> = {};
      for (let round = 0; round < 3; round++) {
        for (const [kind, body] of Object.entries(attempts)) {
          const started = process.hrtime.bigint();
          const res = await apiClient(city.registration.url).post('/auth/login', body);
          (timings[kind] ??= []).push(Number(process.hrtime.bigint() - started) / 1e6);
          expect([kind, res.status, res.body]).toEqual([kind, 401, { statusCode: 401, code: 'login-failed', message: WRONG, messageZh: '用户名或密码错误', error: 'Unauthorized' }]);
        }
      }
      // Each failure costs one scrypt: an unknown name or a missing password takes the same order of
      // time as a wrong one (a loose ratio of medians: a skipped scrypt would be ten times faster).
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[1];
      for (const kind of ['unknown', 'deactivated', 'noPassword']) {
        expect([kind, median(timings[kind]) > median(timings.wrongPassword) / 3]).toEqual([kind, true]);
      }
      // The audit trail keeps the real reasons.
      const reasons = await city.sql<{ reason: string }>(
        `SELECT reason FROM registration.audit_log WHERE action = 'user.login-failed' AND entity_id IN ($1, $2) ORDER BY id`,
        [deactivated.id, known.id],
      );
      expect(reasons.map((r) => r.reason)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^account deactivated/), expect.stringMatching(/^wrong password/)]),
      );
    });

    it('throttles failures per name and address with 429 and Retry-After, known name or not, and never keeps the owner out from their own address', async () => {
      const owner = await loggedIn('worker', 'team-a1a', 'Owner-2026-keeps-in');
      for (const username of [owner.username, 'never.existed']) {
        for (let attempt = 1; attempt <= 4; attempt++) {
          const res = await loginFrom('127.0.0.2', { username, password: `Guess-${attempt}-2026` });
          expect([username, attempt, res.status]).toEqual([username, attempt, 401]);
        }
        const fifth = await loginFrom('127.0.0.2', { username, password: 'Guess-5-2026' });
        expect([username, fifth.status]).toEqual([username, 429]);
        const sixth = await loginFrom('127.0.0.2', { username, password: 'Guess-6-2026' });
        expect([username, sixth.status, Number(sixth.headers['retry-after']) > 800]).toEqual([username, 429, true]);
        expect(sixth.body.message).toMatch(/^too many failed logins for this username from your address; try again in \d+ seconds/);
      }
      // The right password from the guesser's address waits too; the owner's own address is not affected.
      expect((await loginFrom('127.0.0.2', { username: owner.username, password: owner.password })).status).toBe(429);
      const own = await loginFrom('127.0.0.3', { username: owner.username, password: owner.password });
      expect([own.status, typeof own.body.accessToken]).toEqual([200, 'string']);
    });

    it('refuses weak and common passwords with 400 naming the field and why', async () => {
      const town = await loggedIn('township_union_cadre', 'town-b1');
      const worker = await loggedIn('worker', 'ent-b1');
      for (const [password, message] of [
        ['Short1', 'newPassword must be at least 10 characters'],
        ['password123', /^newPassword is too easy to guess: this is a commonly used password/],
        ['qwertyuiop12', /^newPassword is too easy to guess/],
      ] as const) {
        const res = await apiClient(city.registration.url, town.tokens.accessToken).post(`/users/${worker.id}/password`, { newPassword: password });
        expect([password, res.status]).toEqual([password, 400]);
        expect(res.body.message).toEqual([typeof message === 'string' ? message : expect.stringMatching(message)]);
      }
      const own = await apiClient(city.registration.url).post('/auth/password', { username: worker.username, password: worker.password, newPassword: worker.username + '1' });
      expect([own.status, own.body.message]).toEqual([400, [expect.stringMatching(/^newPassword is too easy to guess/)]]);
      const created = await apiClient(city.registration.url, city.rootToken).post('/users', {
        username: 'weak.one',
        displayName: '弱',
        orgUnitId: 'ent-b1',
        roles: ['worker'],
        password: 'Password1!',
      });
      expect([created.status, created.body.message]).toEqual([400, [expect.stringMatching(/^password is too easy to guess/)]]);
    });
  });

  /** A login from another local address, as from another client: the throttle counts per address. */
  function loginFrom(localAddress: string, body: { username: string; password: string }): Promise<{ status: number; body: Json; headers: Record<string, string | string[] | undefined> }> {
    const url = new URL('/auth/login', city.registration.url);
    const payload = JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: url.port, path: url.pathname, method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null, headers: res.headers }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }
});
