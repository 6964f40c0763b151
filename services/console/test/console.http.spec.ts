import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, IncomingHttpHeaders, request, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { TokenIssuer } from '@lc/auth';
import {
  apiClient,
  createUserWithPassword,
  freePort,
  Json,
  ROOT_ADMIN,
  RunningConsole,
  startConsole,
  startTestCity,
  TestCity,
  temporaryPassword,
  waitFor,
} from '@lc/testing';

/** A browser's cookie jar for one console, kept by hand: fetch keeps none. */
class Browser {
  readonly cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  get csrf(): string {
    return this.cookies.get('lc_csrf') ?? '';
  }

  async send(method: string, path: string, options: { json?: unknown; body?: RequestInit['body']; headers?: Record<string, string> } = {}) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(options.json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      body: options.json !== undefined ? JSON.stringify(options.json) : options.body,
    });
    this.keep(res.headers.getSetCookie());
    return res;
  }

  async json(method: string, path: string, options: Parameters<Browser['send']>[2] = {}): Promise<{ status: number; body: Json; res: Response }> {
    const res = await this.send(method, path, options);
    const text = await res.text();
    let body: Json = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: the text is the body.
    }
    return { status: res.status, body, res };
  }

  /** An unsafe request as the app sends it: with the CSRF token it read from lc_csrf. */
  post(path: string, json: unknown, headers: Record<string, string> = {}) {
    return this.json('POST', path, { json, headers: { 'x-csrf-token': this.csrf, ...headers } });
  }

  private keep(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** A login as a browser at another address would send it (every 127.x address is this machine). */
function logInFrom(localAddress: string, baseUrl: string, credentials: { username: string; password: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(credentials);
    const req = request(`${baseUrl}/api/session/login`, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const setCookieOf = (res: Response, name: string): string | undefined => res.headers.getSetCookie().find((line) => line.startsWith(`${name}=`));

describe('console service', () => {
  let city: TestCity;
  let consoleApp: RunningConsole;
  let echo: { server: Server; url: string; seen: IncomingHttpHeaders[] };
  let echoConsole: RunningConsole;
  let webDist: string;
  let rootBrowser: Browser;

  const sessionKey = () => new Uint8Array(Buffer.from(consoleApp.sessionKey, 'base64'));
  const openSession = async (sealed: string): Promise<Json> => (await jwtDecrypt(sealed, sessionKey())).payload;
  const sealSession = (session: Json): Promise<string> =>
    new EncryptJWT(session).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setIssuedAt().encrypt(sessionKey());

  const loggedIn = async (username = ROOT_ADMIN.username, password = ROOT_ADMIN.password): Promise<Browser> => {
    const browser = new Browser(consoleApp.url);
    const login = await browser.json('POST', '/api/session/login', { json: { username, password } });
    expect(login.status).toBe(200);
    return browser;
  };

  beforeAll(async () => {
    // Registration believes the console's X-Forwarded-For: it counts login failures by the browser's address.
    city = await startTestCity({ registrationSettings: { TRUSTED_PROXIES: 'loopback' } });
    webDist = mkdtempSync(join(tmpdir(), 'console-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>劳动竞赛管理端</title><div id="root"></div>');
    writeFileSync(join(webDist, 'assets', 'x.js'), 'console.log("app");');
    // A service that tells what it was sent, to see which headers the console forwards.
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'upstream=1' }).end(JSON.stringify({ ok: true })));
    });
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    echo = { server, url: `http://127.0.0.1:${port}`, seen };
    [consoleApp, echoConsole] = await Promise.all([startConsole(city, { webDist }), startConsole(city, { webDist, settings: { AWARDS_URL: echo.url } })]);
    rootBrowser = await loggedIn();
  });

  afterAll(async () => {
    await Promise.all([consoleApp?.stop(), echoConsole?.stop()]);
    echo?.server.closeAllConnections();
    await new Promise((resolve) => echo?.server.close(resolve));
    await city?.stop();
    if (webDist) rmSync(webDist, { recursive: true, force: true });
  });

  describe('session', () => {
    it('logs in with cookies only: a sealed httpOnly session and a readable CSRF token, and no token in the body', async () => {
      const browser = new Browser(consoleApp.url);
      const { status, body, res } = await browser.json('POST', '/api/session/login', { json: ROOT_ADMIN });
      expect(status).toBe(200);
      expect(body.user).toMatchObject({ displayName: '市总干部', orgUnitId: 'city', roles: ['city_union_cadre'] });
      expect(JSON.stringify(body)).not.toMatch(/accessToken|refreshToken|eyJ/);

      const session = setCookieOf(res, 'lc_session') ?? '';
      const csrf = setCookieOf(res, 'lc_csrf') ?? '';
      expect(session).toMatch(/; Path=\//);
      expect(session).toMatch(/; HttpOnly/);
      expect(session).toMatch(/; Secure/);
      expect(session).toMatch(/; SameSite=Strict/);
      expect(csrf).toMatch(/; Secure/);
      expect(csrf).toMatch(/; SameSite=Strict/);
      expect(csrf).not.toMatch(/HttpOnly/);
      // The session is sealed with the console's key: the tokens are in it, and not readable.
      const sealed = await openSession(browser.cookies.get('lc_session') as string);
      expect(sealed.accessToken).toMatch(/^eyJ/);
      expect(browser.cookies.get('lc_session')).not.toContain(sealed.accessToken.split('.')[1]);
      expect(browser.cookies.get('lc_session')).not.toContain(sealed.refreshToken);
      expect(sealed).toMatchObject({ csrfToken: browser.csrf, sessionId: expect.any(String), refreshToken: expect.any(String) });
      expect(sealed.accessExpiresAt).toBeGreaterThan(Date.now());
    });

    it("passes registration's 401 for a wrong password through, with no cookie", async () => {
      const browser = new Browser(consoleApp.url);
      const direct = await apiClient(city.registration.url).post('/auth/login', { username: 'nobody.here', password: 'Wrong-password-1' });
      const { status, body, res } = await browser.json('POST', '/api/session/login', { json: { username: ROOT_ADMIN.username, password: 'Wrong-password-1' } });
      expect(status).toBe(401);
      expect(body).toEqual(direct.body);
      expect(res.headers.getSetCookie()).toEqual([]);
    });

    it('passes passwordChangeRequired through with no cookie, then the password change logs in', async () => {
      const temporary = temporaryPassword();
      const username = `new.cadre.${randomBytes(3).toString('hex')}`;
      const created = await apiClient(city.registration.url, city.rootToken).post('/users', {
        username,
        displayName: '新干部',
        orgUnitId: 'county-a',
        roles: ['county_union_cadre'],
        password: temporary,
      });
      expect(created.status).toBe(201);

      const browser = new Browser(consoleApp.url);
      const first = await browser.json('POST', '/api/session/login', { json: { username, password: temporary } });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ passwordChangeRequired: true, setBy: { displayName: '市总干部' }, setAt: expect.any(String) });
      expect(first.res.headers.getSetCookie()).toEqual([]);

      const changed = await browser.json('POST', '/api/session/password', { json: { username, password: temporary, newPassword: 'Qiang-Mima-2026!' } });
      expect(changed.status).toBe(200);
      expect(changed.body.user).toMatchObject({ orgUnitId: 'county-a', roles: ['county_union_cadre'] });
      expect(JSON.stringify(changed.body)).not.toMatch(/accessToken|refreshToken/);
      expect(browser.cookies.has('lc_session')).toBe(true);
      expect((await browser.json('GET', '/api/session')).body.user).toMatchObject({ username, orgUnitId: 'county-a' });
    });

    it("counts login failures by the browser's address: one browser's wrong passwords lock nobody else out", async () => {
      const password = 'Zhiyuan-Mima-2026!';
      const { user } = await createUserWithPassword(
        city.registration.url,
        city.rootToken,
        { username: `target.${randomBytes(3).toString('hex')}`, displayName: '被试职工', orgUnitId: 'ent-a1', roles: ['enterprise_union_cadre'] },
        password,
      );
      const statuses: number[] = [];
      while (statuses.at(-1) !== 429 && statuses.length < 10) statuses.push(await logInFrom('127.0.0.2', consoleApp.url, { username: user.username, password: 'Wrong-password-1' }));
      expect(statuses.at(-1)).toBe(429);
      expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true);
      expect(await logInFrom('127.0.0.2', consoleApp.url, { username: user.username, password })).toBe(429);
      expect(await logInFrom('127.0.0.3', consoleApp.url, { username: user.username, password })).toBe(200);
    });

    it('answers who is logged in, and 401 session-required without a session', async () => {
      const me = await rootBrowser.json('GET', '/api/session');
      expect(me.status).toBe(200);
      expect(me.body.user).toMatchObject({ username: ROOT_ADMIN.username, orgUnitId: 'city', roles: ['city_union_cadre'], orgPath: '/city' });

      const anonymous = await new Browser(consoleApp.url).json('GET', '/api/session');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toEqual({ statusCode: 401, code: 'session-required', message: 'Please log in', messageZh: '请先登录' });
    });

    it('ends the session at logout: cookies cleared, and the old cookie is refused afterwards', async () => {
      const browser = await loggedIn();
      const oldCookies = new Map(browser.cookies);
      const { sessionId } = await openSession(oldCookies.get('lc_session') as string);
      const out = await browser.json('POST', '/api/session/logout', { headers: { 'x-csrf-token': browser.csrf } });
      expect(out.status).toBe(204);
      expect(browser.cookies.size).toBe(0);
      const [row] = await city.sql<{ ended_at: Date | null }>('SELECT ended_at FROM registration.sessions WHERE id = $1', [sessionId]);
      expect(row.ended_at).not.toBeNull();

      // The old cookie still holds an unexpired access token; registration refuses it once the end is known.
      const replay = new Browser(consoleApp.url);
      oldCookies.forEach((value, name) => replay.cookies.set(name, value));
      const refused = await waitFor('the ended session to be refused', async () => {
        const res = await replay.json('GET', '/api/registration/users/me');
        return res.status === 401 ? res : undefined;
      });
      expect(refused.body.code).toBe('session-required');
      expect(setCookieOf(refused.res, 'lc_session')).toMatch(/Expires=Thu, 01 Jan 1970/);

      const again = await new Browser(consoleApp.url).json('POST', '/api/session/logout');
      expect(again.status).toBe(204);
    });
  });

  describe('proxy', () => {
    it('forwards to a service with the session, and answers 401 without one', async () => {
      const direct = await apiClient(city.registration.url, city.rootToken).get('/org-units/county-a/subtree');
      const proxied = await rootBrowser.json('GET', '/api/registration/org-units/county-a/subtree');
      expect(proxied.status).toBe(200);
      expect(proxied.body).toEqual(direct.body);

      const anonymous = await new Browser(consoleApp.url).json('GET', '/api/registration/org-units/county-a/subtree');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('session-required');
      expect((await rootBrowser.json('GET', '/api/elsewhere/x')).status).toBe(404);
      // Registration's token routes are not for the browser: sessions go through /api/session.
      expect((await rootBrowser.post('/api/registration/auth/login', ROOT_ADMIN)).status).toBe(404);
    });

    it('refuses an unsafe request without the CSRF token, with a wrong one or from a foreign origin, and forwards it with the right one', async () => {
      const unit = (id: string) => ({ id, name: `班组 ${id}`, kind: 'team', parentId: 'ent-a2' });
      const refusal = { statusCode: 403, code: 'csrf-token-invalid', message: expect.any(String), messageZh: expect.any(String) };

      const without = await rootBrowser.json('POST', '/api/registration/org-units', { json: unit('team-csrf-1') });
      expect(without.status).toBe(403);
      expect(without.body).toEqual(refusal);
      const wrong = await rootBrowser.post('/api/registration/org-units', unit('team-csrf-2'), { 'x-csrf-token': randomBytes(32).toString('base64url') });
      expect(wrong.status).toBe(403);
      expect(wrong.body).toEqual(refusal);
      const foreign = await rootBrowser.post('/api/registration/org-units', unit('team-csrf-3'), { origin: 'https://evil.example' });
      expect(foreign.status).toBe(403);
      expect(foreign.body).toEqual(refusal);
      const logoutWithout = await rootBrowser.json('POST', '/api/session/logout');
      expect(logoutWithout.status).toBe(403);

      const own = await rootBrowser.post('/api/registration/org-units', unit('team-csrf-4'), { origin: consoleApp.url });
      expect(own.status).toBe(201);
      expect(own.body).toMatchObject({ id: 'team-csrf-4', path: '/city/county-a/town-a1/ent-a2/team-csrf-4' });
      const units = await city.sql<{ id: string }>(`SELECT id FROM registration.org_units WHERE id LIKE 'team-csrf-%'`);
      expect(units.map((u) => u.id)).toEqual(['team-csrf-4']);
    });

    it('renews a run-out access token once for many requests carrying the same cookie, and the session goes on', async () => {
      const browser = await loggedIn();
      const session = await openSession(browser.cookies.get('lc_session') as string);
      // The same session, its access token run out a minute ago: signed as registration signs them.
      const me = (await rootBrowser.json('GET', '/api/session')).body.user;
      const expired = await new TokenIssuer(city.registration.env.AUTH_PRIVATE_KEY, 1).issue(
        { userId: me.id, displayName: me.displayName, orgUnitId: 'city', orgPath: '/city', roles: me.roles },
        session.sessionId,
        new Date(Date.now() - 60_000),
      );
      const stale = await sealSession({ ...session, accessToken: expired, accessExpiresAt: Date.now() - 59_000 });

      const requests = Array.from({ length: 8 }, async () => {
        const res = await fetch(`${consoleApp.url}/api/registration/org-units/county-a`, { headers: { cookie: `lc_session=${stale}; lc_csrf=${session.csrfToken}` } });
        return { status: res.status, renewed: setCookieOf(res, 'lc_session') };
      });
      const answers = await Promise.all(requests);
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
      // Every answer carries the renewed session, the same for all: one refresh.
      const renewed = await Promise.all(answers.map(async (a) => openSession((a.renewed ?? '').split(';')[0].slice('lc_session='.length))));
      expect(new Set(renewed.map((s) => s.refreshToken)).size).toBe(1);
      expect(renewed[0].refreshToken).not.toBe(session.refreshToken);
      expect(renewed[0].accessExpiresAt).toBeGreaterThan(Date.now() + 60_000);
      expect(renewed[0].csrfToken).toBe(session.csrfToken);

      const [row] = await city.sql<{ ended_at: Date | null; spent: number }>(
        'SELECT ended_at, (SELECT count(*)::int FROM registration.spent_refresh_tokens t WHERE t.session_id = s.id) AS spent FROM registration.sessions s WHERE id = $1',
        [session.sessionId],
      );
      expect(row).toEqual({ ended_at: null, spent: 1 });

      // A request still carrying the old cookie a moment later gets the renewed tokens, not a second refresh.
      const late = await fetch(`${consoleApp.url}/api/registration/org-units/county-a`, { headers: { cookie: `lc_session=${stale}` } });
      expect(late.status).toBe(200);
      browser.cookies.set('lc_session', (setCookieOf(late, 'lc_session') ?? '').split(';')[0].slice('lc_session='.length));
      expect((await browser.json('GET', '/api/session')).status).toBe(200);
      const [after] = await city.sql<{ ended_at: Date | null }>('SELECT ended_at FROM registration.sessions WHERE id = $1', [session.sessionId]);
      expect(after.ended_at).toBeNull();
    });

    it('streams a CSV download through byte for byte', async () => {
      const auditor = await createUserWithPassword(
        city.registration.url,
        city.rootToken,
        { username: `auditor.${randomBytes(3).toString('hex')}`, displayName: '审计员', orgUnitId: 'city', roles: ['auditor'] },
        'Shenji-Mima-2026!',
      );
      const browser = await loggedIn(auditor.user.username, 'Shenji-Mima-2026!');
      await city.auditSealed();
      const to = new Date().toISOString();
      await city.auditSealed();
      const query = `/audit/entries.csv?to=${encodeURIComponent(to)}`;
      const direct = await fetch(`${city.registration.url}${query}`, { headers: { authorization: `Bearer ${auditor.login.accessToken}` } });
      const proxied = await browser.send('GET', `/api/registration${query}`);
      expect(proxied.status).toBe(200);
      expect(proxied.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(proxied.headers.get('content-disposition')).toBe(direct.headers.get('content-disposition'));
      const [proxiedBytes, directBytes] = await Promise.all([proxied.arrayBuffer(), direct.arrayBuffer()]);
      expect(proxiedBytes.byteLength).toBeGreaterThan(500);
      expect(Buffer.from(proxiedBytes).equals(Buffer.from(directBytes))).toBe(true);
    });

    it('streams a multipart upload through', async () => {
      const mobile = `139${String(Date.now()).slice(-8)}`;
      const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`姓名,手机号,所在班组编号,性别,工种,技术等级\r\n陈静,${mobile},team-a1a,女,钳工,高级工\r\n`, 'utf8')]);
      const form = new FormData();
      form.append('file', new Blob([file], { type: 'text/csv' }), '职工名单.csv');
      const res = await rootBrowser.json('POST', '/api/registration/users/imports/workers', { body: form, headers: { 'x-csrf-token': rootBrowser.csrf } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ imported: 1 });
      const [worker] = await city.sql<{ display_name: string }>('SELECT display_name FROM registration.users WHERE mobile = $1', [mobile]);
      expect(worker).toEqual({ display_name: '陈静' });
    });

    it("passes on a service's refusal of an upload too large, sent before the upload ends", async () => {
      const form = new FormData();
      form.append('file', new Blob([randomBytes(8 * 1024 * 1024)], { type: 'text/csv' }), 'too-large.csv');
      const res = await rootBrowser.json('POST', '/api/registration/users/imports/workers', { body: form, headers: { 'x-csrf-token': rootBrowser.csrf } });
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ statusCode: 413 });
    });

    it('forwards the token, correlation id and language, never the cookies or the CSRF header, and passes no cookie back', async () => {
      const browser = new Browser(echoConsole.url);
      expect((await browser.json('POST', '/api/session/login', { json: ROOT_ADMIN })).status).toBe(200);
      const sealed = await jwtDecrypt(browser.cookies.get('lc_session') as string, new Uint8Array(Buffer.from(echoConsole.sessionKey, 'base64')));
      const correlationId = `corr-${randomUUID()}`;
      const res = await browser.json('POST', '/api/awards/nominations?year=2026', {
        json: { any: 'thing' },
        headers: { 'x-csrf-token': browser.csrf, 'x-correlation-id': correlationId, 'accept-language': 'zh-CN', 'x-forwarded-for': '203.0.113.9' },
      });
      expect(res.status).toBe(200);
      expect(res.res.headers.getSetCookie().some((c) => c.startsWith('upstream='))).toBe(false);
      const headers = echo.seen.at(-1) as IncomingHttpHeaders;
      expect(headers.authorization).toBe(`Bearer ${sealed.payload.accessToken}`);
      expect(headers['x-correlation-id']).toBe(correlationId);
      expect(headers['accept-language']).toBe('zh-CN');
      expect(headers['content-type']).toBe('application/json');
      expect(headers.cookie).toBeUndefined();
      expect(headers['x-csrf-token']).toBeUndefined();
      expect(headers['x-forwarded-for']).toBeUndefined();
    });
  });

  describe('web app', () => {
    it('serves index.html for the app routes and caches hashed assets for good, with a strict CSP', async () => {
      const page = await fetch(`${consoleApp.url}/approvals/xyz`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('劳动竞赛管理端');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("img-src 'self' data: blob:");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");

      const asset = await fetch(`${consoleApp.url}/assets/x.js`);
      expect(asset.status).toBe(200);
      expect(await asset.text()).toBe('console.log("app");');
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await fetch(`${consoleApp.url}/assets/missing.js`)).status).toBe(404);
    });

    it('answers 503 saying the app is not built when its folder is missing', async () => {
      const unbuilt = await startConsole(city, { webDist: join(webDist, 'no-such-build') });
      try {
        const res = await fetch(`${unbuilt.url}/approvals/xyz`);
        expect(res.status).toBe(503);
        expect(await res.text()).toMatch(/not built/);
        expect((await fetch(`${unbuilt.url}/api/session`)).status).toBe(401);
      } finally {
        await unbuilt.stop();
      }
    });
  });
});
