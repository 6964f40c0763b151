/**
 * Coverage benchmark: GET /coverage over a generated city (bench/generate-city.ts, written straight into
 * the registration database), for the whole city, one county and one township. Each is warmed up, then
 * timed 5 times; p50 and max per level.
 *
 *   npm run bench:coverage      (20,000 enterprises, 1,000,000 workers; BENCH_ENTERPRISES=n, BENCH_WORKERS=n)
 *
 * Uses the built registration service (build first). Starts the local infrastructure when DATABASE_URL
 * etc. are not set. Prints its figures as JSON; asserts nothing.
 */
import { Client } from 'pg';
import { apiClient, createTestDatabase, deleteTestTopics, ensureInfrastructure, installRoot, registrationEnv, startService, uniqueName } from '@lc/testing';
import { generateCity } from './generate-city';

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 20_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1_000_000);
const RUNS = 5;
const PERIOD = 'from=2026-01-01&to=2026-12-31';

const ms = (ns: bigint) => Number(ns) / 1e6;
const round = (n: number) => +n.toFixed(1);

async function main(): Promise<void> {
  ensureInfrastructure();
  const database = await createTestDatabase('benchcoverage');
  const prefix = `${uniqueName('benchcoverage')}.`;
  const env = { databaseUrl: database.url, prefix };
  const registration = await startService('registration', { ...registrationEnv(env), LOG_LEVEL: 'error' });
  const sql = new Client({ connectionString: database.url });
  await sql.connect();
  try {
    await installRoot(registrationEnv(env), {
      ROOT_UNIT_ID: 'city',
      ROOT_UNIT_NAME: '基准市总工会',
      ROOT_REGION_CODE: '370100',
      ADMIN_USERNAME: 'bench.cadre',
      ADMIN_DISPLAY_NAME: '基准',
      ADMIN_PASSWORD: 'Bench2026pass',
    });
    const city = await generateCity(sql, { rootUnitId: 'city', enterprises: ENTERPRISES, workers: WORKERS, log: (line) => console.error(`[generate-city] ${line}`) });

    const login = await apiClient(registration.url).post('/auth/login', { username: 'bench.cadre', password: 'Bench2026pass' });
    if (login.status !== 200) throw new Error(`login: ${login.status} ${JSON.stringify(login.body)}`);
    const api = apiClient(registration.url, login.body.accessToken);

    const levels = { city: 'city', county: city.sample.countyId, township: city.sample.townshipId };
    const timings: Record<string, unknown> = {};
    for (const [level, unitId] of Object.entries(levels)) {
      const path = `/coverage?orgUnitId=${unitId}&${PERIOD}`;
      const get = async () => {
        const started = process.hrtime.bigint();
        const res = await api.get(path);
        const took = ms(process.hrtime.bigint() - started);
        if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 2000)}`);
        return { took, body: res.body };
      };
      await get();
      await get();
      const runs: number[] = [];
      let body: { all: unknown; aboveScale: unknown; nonPublic: unknown; workers: unknown; byChild: unknown[] } | undefined;
      for (let i = 0; i < RUNS; i++) {
        const run = await get();
        runs.push(run.took);
        body = run.body;
      }
      runs.sort((a, b) => a - b);
      timings[level] = {
        unitId,
        p50Ms: round(runs[Math.floor(RUNS / 2)]),
        maxMs: round(runs[RUNS - 1]),
        runsMs: runs.map(round),
        children: body?.byChild.length,
        all: body?.all,
        aboveScale: body?.aboveScale,
        nonPublic: body?.nonPublic,
        workers: body?.workers,
      };
    }

    const figures = {
      size: {
        enterprises: city.enterprises,
        activeEnterprises: city.activeEnterprises,
        aboveScaleEnterprises: city.aboveScaleEnterprises,
        workers: city.workers,
        teams: city.teams,
        counties: city.counties,
        townships: city.townships,
        competitions: city.competitions,
        enrolments: city.enrolments,
        generationSeconds: city.seconds,
      },
      period: PERIOD,
      runsPerLevel: RUNS,
      coverage: timings,
    };
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    await sql.end();
    await registration.stop();
    await database.drop();
    await deleteTestTopics(prefix);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
