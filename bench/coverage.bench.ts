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
import { startBenchCity, timeGet } from './bench-city';

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 20_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1_000_000);
const RUNS = 5;
const PERIOD = 'from=2026-01-01&to=2026-12-31';

async function main(): Promise<void> {
  const bench = await startBenchCity('benchcoverage', { enterprises: ENTERPRISES, workers: WORKERS });
  const { city } = bench;
  try {
    const levels = { city: 'city', county: city.sample.countyId, township: city.sample.townshipId };
    const timings: Record<string, unknown> = {};
    for (const [level, unitId] of Object.entries(levels)) {
      const { body, ...times } = await timeGet<{ all: unknown; aboveScale: unknown; nonPublic: unknown; workers: unknown; byChild: unknown[] }>(
        bench.registration.url,
        bench.token,
        `/coverage?orgUnitId=${unitId}&${PERIOD}`,
        RUNS,
      );
      timings[level] = {
        unitId,
        ...times,
        children: body.byChild.length,
        all: body.all,
        aboveScale: body.aboveScale,
        nonPublic: body.nonPublic,
        workers: body.workers,
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
    await bench.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
