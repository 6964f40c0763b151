/**
 * Fault soak: the four services under a steady load of users while faults come one after another,
 * then a wait for quiet and a reconciliation of what the users were told against what the system
 * holds. Prints its figures (tables, then one JSON object) and exits 1 when a check fails.
 *
 *   npm run soak                       (SOAK_SECONDS=120; a 1,200 s run works too)
 *
 * 1. Its own Postgres, Kafka and Temporal (deploy/local/infra.sh with a state folder in the temporary
 *    folder and ports of its own: SOAK_PG_PORT 55439, SOAK_KAFKA_PORT 29092, SOAK_KAFKA_CONTROLLER_PORT
 *    29093, SOAK_TEMPORAL_PORT 7299, SOAK_TEMPORAL_UI_PORT 8299, or free ones), a database and a
 *    topic/task-queue prefix of its own; never the demo city's servers or data.
 * 2. The built services as processes with the test harness's environment; a small city built through
 *    the public API (system.ts, city.ts).
 * 3. Users for SOAK_SECONDS (workload.ts) while faults come (chaos.ts): kill -9 of each service, broker
 *    restart, Temporal restart, Postgres frozen; the first round of faults is always completed.
 * 4. Quiet (quiet.ts), then the checks (reconcile.ts) and the figures (report.ts).
 *
 * Settings (settings.ts): SOAK_SECONDS, SOAK_KEEP=1 (keep the state folder: servers' and services'
 * logs), SOAK_P99_LIMIT_MS (12000), SOAK_REQUEST_TIMEOUT_MS (15000), SOAK_QUIET_TIMEOUT_SECONDS (180),
 * SOAK_PUBLICITY_SECONDS (20), SOAK_WORKERS (20), SOAK_REPORT_INTERVAL_MS (6000), … Uses the built
 * services: build first (npm run build). Progress goes to stderr, the figures to stdout.
 */
import { Chaos } from './chaos';
import { buildCity } from './city';
import { Sql, sqlClient } from './db';
import { RequestLog, SoakHttp } from './http';
import { IdleTransactionWatch } from './idle-transactions';
import { SoakInfra, startInfra } from './infra';
import { SoakKafka } from './kafka';
import { latencyReport } from './latency';
import { errorText, log, sleepUnless } from './log';
import { WorkloadMemory } from './memory';
import { waitForQuiet } from './quiet';
import { reconcile } from './reconcile';
import { renderReport, reportJson } from './report';
import { soakSettings } from './settings';
import { SERVICE_NAMES, ServiceName, SoakSystem, startSystem } from './system';
import { startWorkload, Workload } from './workload';

/** Quiet time before the first fault: the baseline the fault figures are read against. */
const warmUpMs = (seconds: number) => Math.min(10_000, seconds * 80);

async function main(): Promise<number> {
  const settings = soakSettings();
  let infra: SoakInfra | undefined;
  let system: SoakSystem | undefined;
  let stopInfra: SoakInfra['stop'] | undefined;
  let stopServices: SoakSystem['stop'] | undefined;
  let sql: Sql | undefined;
  let chaos: Chaos | undefined;
  let workload: Workload | undefined;
  let idle: IdleTransactionWatch | undefined;
  let stoppedBySignal = false;
  /** After Ctrl-C the clean-up owns the run: the main line waits here for the exit instead of going on. */
  const unlessInterrupted = async () => {
    if (stoppedBySignal) await new Promise<never>(() => undefined);
  };

  let cleaning: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      // Postgres first: a frozen server would hold up every stop below.
      chaos?.thaw();
      await chaos?.stop();
      await workload?.stop().catch(() => undefined);
      await idle?.stop().catch(() => undefined);
      await stopServices?.().catch((err: unknown) => log(`stopping the services: ${errorText(err)}`));
      await sql?.end().catch(() => undefined);
      await stopInfra?.({ keep: settings.keep });
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stoppedBySignal) return log('still stopping the servers; please wait');
      stoppedBySignal = true;
      log(`${signal}: stopping the load, the services and the servers`);
      void cleanUp().finally(() => process.exit(130));
    });
  }

  try {
    log(`fault soak: ${settings.seconds} s of load, ${settings.workers} workers; p99 limit during faults ${settings.p99LimitMs} ms`);
    infra = await startInfra(settings, log, (stop) => (stopInfra = stop));
    await unlessInterrupted();
    // The harness's env functions read these: the services must talk to the soak's servers, nothing else.
    process.env.KAFKA_BROKERS = infra.kafkaBrokers;
    process.env.TEMPORAL_ADDRESS = infra.temporalAddress;
    process.env.DATABASE_URL = infra.databaseUrl;
    system = await startSystem(settings, infra.databaseUrl, infra.stateDir, log, (stop) => (stopServices = stop));
    await unlessInterrupted();
    sql = sqlClient(infra.databaseUrl);
    const city = await buildCity(system, sql, settings.workers, log);
    await unlessInterrupted();
    const kafka = new SoakKafka(infra.kafkaBrokers, settings.prefix);

    const memory = new WorkloadMemory();
    const requests = new RequestLog();
    chaos = new Chaos(infra, system, settings, log);
    const faults = chaos;
    let loadStopped = false;
    const urls = Object.fromEntries(SERVICE_NAMES.map((n) => [n, system!.services[n].url])) as Record<ServiceName, string>;
    const http = new SoakHttp(urls, requests, settings, () => faults.currentFault(), () => loadStopped);
    idle = new IdleTransactionWatch(infra.databaseUrl, settings.database, () => faults.frozenWindows());
    idle.start();

    const loadStartedAt = Date.now();
    const deadline = loadStartedAt + settings.seconds * 1000;
    workload = await startWorkload(city, http, settings, memory);
    log(`load started: ${settings.workers} workers reporting, ${settings.verifierLanes} verifiers, cadres deciding, nominations, readers`);
    await chaos.run(deadline, warmUpMs(settings.seconds));
    await sleepUnless(deadline - Date.now(), () => stoppedBySignal);
    await unlessInterrupted();
    loadStopped = true;
    log('load stopping: waiting for the last requests');
    await workload.stop();
    const loadSeconds = (Date.now() - loadStartedAt) / 1000;

    log(`waiting for quiet (at most ${settings.quietTimeoutMs / 1000} s)`);
    await unlessInterrupted();
    const quiet = await waitForQuiet(sql, kafka, { timeoutMs: settings.quietTimeoutMs, stallMs: settings.quietStallMs }, log);
    await unlessInterrupted();
    log(quiet.reached ? `quiet after ${(quiet.ms / 1000).toFixed(1)} s` : `no quiet within ${(quiet.ms / 1000).toFixed(1)} s`);

    log('reconciling');
    const latency = latencyReport(requests.records, chaos.faults);
    const { checks, outcomes } = await reconcile({
      sql,
      kafka,
      system,
      settings,
      temporalAddress: infra.temporalAddress,
      memory,
      auditorToken: city.auditor.token,
      idle,
      latency,
      loadStartedAt,
      faults: chaos.faults,
      quiet,
      log,
    });
    const figures = { settings, loadStartedAt, loadSeconds, memory, requests, faults: chaos.faults, latency, quiet, outcomes, checks, system, ports: { ...infra.ports } };
    process.stdout.write(`${renderReport(figures)}\n\n${JSON.stringify(reportJson(figures), null, 2)}\n`);
    const failed = checks.filter((c) => !c.pass);
    log(failed.length === 0 ? 'all checks passed' : `${failed.length} check(s) failed: ${failed.map((c) => c.name).join('; ')}`);
    return failed.length === 0 ? 0 : 1;
  } catch (err) {
    // After Ctrl-C, failures of what the clean-up stopped underneath are expected: not worth a stack.
    if (stoppedBySignal) return 130;
    log(`soak failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return 1;
  } finally {
    if (!stoppedBySignal) log('stopping the services and the servers');
    // Also after Ctrl-C: the process must not exit before the servers are stopped (cleanUp runs once).
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${errorText(err)}\n`);
    process.exit(1);
  },
);
