import { Client } from 'pg';
import {
  apiClient,
  createTestDatabase,
  deleteTestTopics,
  installRoot,
  registrationEnv,
  RunningService,
  serviceEnv,
  startService,
  uniqueName,
  waitFor,
} from '@lc/testing';

/**
 * The thin proof through the whole spine: HTTP → registration's table and outbox → Kafka →
 * awards' inbox and its read model, read back over HTTP.
 */
// Response bodies are checked field by field below; their static type adds nothing here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const json = (res: Response): Promise<Json> => res.json();

describe('a competition created in registration', () => {
  let database: { url: string; drop: () => Promise<void> };
  let registration: RunningService;
  let awards: RunningService;
  let token: string;
  const prefix = `${uniqueName('e2e')}.`;

  beforeAll(async () => {
    database = await createTestDatabase('e2e');
    const env = { databaseUrl: database.url, prefix };
    [registration, awards] = await Promise.all([startService('registration', registrationEnv(env)), startService('awards', serviceEnv(env))]);
    await installRoot(registrationEnv(env), {
      ROOT_UNIT_ID: 'city-federation',
      ROOT_UNIT_NAME: '示范市总工会',
      ADMIN_USERNAME: 'city.cadre',
      ADMIN_DISPLAY_NAME: '市总干部',
      ADMIN_PASSWORD: 'Proof2026pass',
    });
    const login = await apiClient(registration.url).post('/auth/login', { username: 'city.cadre', password: 'Proof2026pass' });
    expect(login.status).toBe(200);
    token = login.body.accessToken;
  });

  afterAll(async () => {
    await Promise.all([registration?.stop(), awards?.stop()]);
    await database?.drop();
    await deleteTestTopics(prefix);
  });

  const authorised = () => ({ authorization: `Bearer ${token}` });
  const post = (path: string, body: unknown) =>
    fetch(`${registration.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'e2e-proof', ...authorised() },
      body: JSON.stringify(body),
    });

  it('reaches awards through the outbox and Kafka', async () => {
    const response = await post('/competitions', {
      name: '2026年度全市职工劳动和技能竞赛',
      organiserOrgUnitId: 'city-federation',
      startDate: '2026-03-01',
      endDate: '2026-11-30',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-correlation-id')).toBe('e2e-proof');
    const created = await json(response);
    expect(created).toMatchObject({ name: '2026年度全市职工劳动和技能竞赛', status: 'draft', startDate: '2026-03-01' });

    const known = await waitFor('awards to know the competition', async () => {
      const res = await fetch(`${awards.url}/competitions/${created.id}`, { headers: authorised() });
      return res.status === 200 ? json(res) : undefined;
    });
    expect(known).toMatchObject({
      competitionId: created.id,
      name: '2026年度全市职工劳动和技能竞赛',
      organiserOrgUnitId: 'city-federation',
      startDate: '2026-03-01',
      endDate: '2026-11-30',
    });
  });

  it('answers with security headers, and never to a page of another origin', async () => {
    const res = await fetch(`${registration.url}/health/live`, { headers: { origin: 'https://elsewhere.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const preflight = await fetch(`${registration.url}/competitions`, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    // The API docs still work under that policy.
    expect((await fetch(`${registration.url}/docs`)).status).toBe(200);
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const before = await countRows(database.url);
    const cases: [unknown, string][] = [
      [{ organiserOrgUnitId: 'x', startDate: '2026-03-01', endDate: '2026-03-02' }, 'name must not be empty or only spaces'],
      [{ name: ' \t ', organiserOrgUnitId: 'x', startDate: '2026-03-01', endDate: '2026-03-02' }, 'name must not be empty or only spaces'],
      [{ name: 'n', organiserOrgUnitId: 'x', startDate: '2026-02-30', endDate: '2026-03-02' }, 'startDate must be a calendar date written YYYY-MM-DD'],
      [{ name: 'n', organiserOrgUnitId: 'x', startDate: '2026-03-05', endDate: '2026-03-02' }, 'endDate must not be before startDate'],
      [{ name: 'n', organiserOrgUnitId: 'x', startDate: '2026-03-01', endDate: '2026-03-02', budget: 5 }, 'property budget should not exist'],
      [{ name: 'n', organiserOrgUnitId: 'no-such-unit', startDate: '2026-03-01', endDate: '2026-03-02' }, "organiserOrgUnitId: there is no org unit 'no-such-unit'"],
    ];
    for (const [body, message] of cases) {
      const res = await post('/competitions', body);
      expect(res.status).toBe(400);
      expect((await json(res)).message).toContain(message);
    }
    expect(await countRows(database.url)).toEqual(before);

    const notAnId = await fetch(`${registration.url}/competitions/123`, { headers: authorised() });
    expect(notAnId.status).toBe(400);
    expect((await json(notAnId)).message).toBe('id must be a UUID');
    const unknown = await fetch(`${registration.url}/competitions/4b1e0e38-8a1c-4e8e-9a57-6f1f2a3b4c5d`, { headers: authorised() });
    expect(unknown.status).toBe(404);
  });

  it('is ready when Postgres, Kafka and Temporal answer and its consumers, relays, sealer and workers run, each reported', async () => {
    for (const service of [registration, awards]) {
      const res = await fetch(`${service.url}/health/ready`);
      expect(res.status).toBe(200);
      const body = await json(res);
      expect(body.status).toBe('ok');
      expect(body.details).toEqual({
        work: expect.objectContaining({ status: 'up', consumers: expect.any(Array), workers: expect.any(Array) }),
        postgres: { status: 'up' },
        kafka: { status: 'up', brokers: 1 },
        temporal: { status: 'up', serverVersion: expect.any(String) },
      });
      // Registration consumes nothing; awards keeps its copies of the tree and of competitions.
      if (service === awards) expect(body.details.work.consumers.length).toBeGreaterThan(0);
      expect(body.details.work.consumers.every((c: Json) => c.state === 'running')).toBe(true);
      expect(body.details.work.workers.every((w: Json) => w.state === 'RUNNING')).toBe(true);
      expect(body.details.work).toMatchObject({ outbox: { running: true }, workflowOutbox: { running: true }, auditSealer: { running: true } });
      expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
    }
  });

  it('serves its OpenAPI document', async () => {
    const doc = await json(await fetch(`${registration.url}/docs-json`));
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/competitions', '/competitions/{id}', '/health', '/auth/login', '/org-units', '/audit/entries']),
    );
  });
});

async function countRows(url: string): Promise<{ competitions: number; outbox: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT (SELECT count(*)::int FROM registration.competitions) AS competitions,
              (SELECT count(*)::int FROM registration.outbox WHERE event_type <> 'audit.chain-sealed') AS outbox`,
    );
    return rows[0];
  } finally {
    await client.end();
  }
}
