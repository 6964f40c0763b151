import { Client } from 'pg';
import { apiClient, createTestDatabase, deleteTestTopics, ensureInfrastructure, installRoot, registrationEnv, RunningService, startService, uniqueName } from '@lc/testing';
import { generateCity, GeneratedCity } from './generate-city';

export interface BenchCity {
  /** The database and topic prefix of this city alone: thrown away by stop(). */
  env: { databaseUrl: string; prefix: string };
  registration: RunningService;
  sql: Client;
  city: GeneratedCity;
  /** The city union cadre's access token (bench.cadre at the root). */
  token: string;
  /** Services started on the same city, stopped with it. */
  started: RunningService[];
  stop: () => Promise<void>;
}

/**
 * A throwaway database with registration running on it and a generated city (bench/generate-city.ts)
 * written straight into it, never the demo city; the root's cadre logged in.
 */
export async function startBenchCity(name: string, size: { enterprises: number; workers: number }): Promise<BenchCity> {
  ensureInfrastructure();
  const database = await createTestDatabase(name);
  const prefix = `${uniqueName(name)}.`;
  const env = { databaseUrl: database.url, prefix };
  const registration = await startService('registration', { ...registrationEnv(env), LOG_LEVEL: 'error' });
  const sql = new Client({ connectionString: database.url });
  await sql.connect();
  const started: RunningService[] = [];
  const stop = async () => {
    await sql.end();
    await Promise.all([registration, ...started].map((s) => s.stop()));
    await database.drop();
    await deleteTestTopics(prefix);
  };
  try {
    await installRoot(registrationEnv(env), {
      ROOT_UNIT_ID: 'city',
      ROOT_UNIT_NAME: '基准市总工会',
      ROOT_REGION_CODE: '370100',
      ADMIN_USERNAME: 'bench.cadre',
      ADMIN_DISPLAY_NAME: '基准',
      ADMIN_PASSWORD: 'Bench2026pass',
    });
    const city = await generateCity(sql, { rootUnitId: 'city', ...size, log: (line) => console.error(`[generate-city] ${line}`) });
    await sql.query('RESET search_path');
    const login = await apiClient(registration.url).post('/auth/login', { username: 'bench.cadre', password: 'Bench2026pass' });
    if (login.status !== 200) throw new Error(`login: ${login.status} ${JSON.stringify(login.body)}`);
    return { env, registration, sql, city, token: login.body.accessToken, started, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

const ms = (ns: bigint) => Number(ns) / 1e6;
const round = (n: number) => +n.toFixed(1);

/** GET a route twice to warm up, then `runs` times: p50, max and every run in ms, and the last answer. */
export async function timeGet<T>(baseUrl: string, token: string, path: string, runs: number): Promise<{ p50Ms: number; maxMs: number; runsMs: number[]; body: T }> {
  const api = apiClient(baseUrl, token);
  const get = async () => {
    const begun = process.hrtime.bigint();
    const res = await api.get(path);
    const took = ms(process.hrtime.bigint() - begun);
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 2000)}`);
    return { took, body: res.body as T };
  };
  await get();
  await get();
  const times: number[] = [];
  let body: T | undefined;
  for (let i = 0; i < runs; i++) {
    const run = await get();
    times.push(run.took);
    body = run.body;
  }
  times.sort((a, b) => a - b);
  return { p50Ms: round(times[Math.floor(runs / 2)]), maxMs: round(times[runs - 1]), runsMs: times.map(round), body: body as T };
}
