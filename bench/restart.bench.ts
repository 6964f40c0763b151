/**
 * How long a service takes to be ready again (GET /health/ready 200: database, broker, Temporal, every
 * consumer in its group, relays, sealer and workers running) after it stops, against the built
 * services on a fresh database and topic prefix:
 *
 * - first start: from spawning the process, with empty consumer groups;
 * - restart after SIGTERM: the consumers left their groups on the way out;
 * - restart after SIGKILL: the killed members are still in their groups until their session times out
 *   (KAFKA_SESSION_TIMEOUT_MS), which is what a restarted consumer waits for before it is given its
 *   partitions.
 *
 * Each for hazard-reward (three consumer groups) and awards (three), RESTART_ROUNDS times, and with
 * the session timeout given in RESTART_SESSION_TIMEOUTS_MS (default "10000,30000": the setting now
 * and kafkajs' default, which the services used before). Prints the figures; asserts nothing.
 *
 *   npm run bench:restart
 */
import { performance } from 'node:perf_hooks';
import { ensureInfrastructure, restartService, RunningService, startService, startTestCity } from '@lc/testing';

const ROUNDS = Number(process.env.RESTART_ROUNDS ?? 2);
const SESSION_TIMEOUTS = (process.env.RESTART_SESSION_TIMEOUTS_MS ?? '10000,30000').split(',').map(Number);

interface Figures {
  firstStartMs: number;
  afterSigtermMs: number[];
  afterSigkillMs: number[];
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** Starts (or restarts) and measures until ready. */
async function timed(start: () => Promise<RunningService>): Promise<{ service: RunningService; ms: number }> {
  const started = performance.now();
  const service = await start();
  return { service, ms: performance.now() - started };
}

async function measure(name: 'hazard-reward' | 'awards', env: Record<string, string>): Promise<Figures> {
  const first = await timed(() => startService(name, env));
  let service = first.service;
  const afterSigtermMs: number[] = [];
  const afterSigkillMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await service.stop();
    let next = await timed(() => restartService(service));
    afterSigtermMs.push(next.ms);
    service = next.service;
    await service.kill();
    next = await timed(() => restartService(service));
    afterSigkillMs.push(next.ms);
    service = next.service;
  }
  await service.stop();
  return { firstStartMs: first.ms, afterSigtermMs, afterSigkillMs };
}

async function main(): Promise<void> {
  ensureInfrastructure();
  const results: Record<string, Record<string, { firstStartS: number; afterSigtermS: number[]; afterSigkillS: number[] }>> = {};
  for (const sessionTimeout of SESSION_TIMEOUTS) {
    const settings = { KAFKA_SESSION_TIMEOUT_MS: String(sessionTimeout) };
    // The city's own instances are the ones measured against: registration feeds their read models.
    const city = await startTestCity({ withHazardReward: true, withAwards: true, hazardRewardSettings: settings, awardsSettings: settings });
    try {
      const row: (typeof results)[string] = {};
      for (const name of ['hazard-reward', 'awards'] as const) {
        const running = name === 'hazard-reward' ? city.hazardReward! : city.awards!;
        await running.stop(); // the measured instance takes its place on the same data
        const figures = await measure(name, running.env);
        row[name] = {
          firstStartS: seconds(figures.firstStartMs),
          afterSigtermS: figures.afterSigtermMs.map(seconds),
          afterSigkillS: figures.afterSigkillMs.map(seconds),
        };
        process.stderr.write(`session timeout ${sessionTimeout} ms, ${name}: ${JSON.stringify(row[name])}\n`);
      }
      results[`sessionTimeout ${sessionTimeout} ms`] = row;
    } finally {
      await city.stop();
    }
  }
  process.stdout.write(`${JSON.stringify({ rounds: ROUNDS, secondsUntilReady: results }, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`restart benchmark failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
