/**
 * Hazard intake benchmark, against the built hazard-reward service (a real process, with registration,
 * on a fresh database and topic prefix). It measures the requirement "intake without photos ≥ 25% of
 * raw Postgres inserts of the same rows at 16 clients; with a photo, limited by image processing (print
 * service CPU per report and the time spent waiting for locks)", in one run of three phases:
 *
 * 1. Intake without photos: BENCH_REPORTS_NO_PHOTO POST /hazard-reports with the fields only (JSON),
 *    BENCH_CONCURRENCY in flight, from one of many workers across five enterprises. Reports per second,
 *    the POSTs' latency (p50/p95/p99/max, ms), the CPU the service process used meanwhile (per report),
 *    and the time the database's connections spent waiting for locks: pg_stat_activity of the
 *    benchmark's database sampled every 20 ms, connections in wait_event_type 'Lock' × the time a sample
 *    stands for, and the same for 'LWLock'; the lock waits also by the statement that waited, and the
 *    connections' other time by wait event (hazard-intake/wait-sampler.ts). Also the CPU of the
 *    database's Postgres backends and of this process (the clients share the machine), and whether the
 *    service's background work (outbox relay, audit sealer) kept up. Before it, the service's CPU at
 *    rest, which its background loops spend whatever the load.
 * 2. Baselines, right after phase 1 (the machine is shared: the two figures the target compares should
 *    see the same load from the rest of it), BENCH_CONCURRENCY at a time through a pg Pool connected
 *    beforehand, into empty scratch copies of the service's tables in the benchmark's database
 *    (public.bench_*: same columns, constraints and indexes), observed like the intake:
 *    a. "the same rows", what the 25% compares against: for every report of phase 1, the very rows the
 *       service wrote for it (report, reporter, audit entry, outbox event; every column as read, but
 *       those the audit sealer and the outbox relay fill later, as the report's transaction left them),
 *       inserted again in one transaction per report, raw inserts only. Printed:
 *       intakeNoPhotoVersusSameRows, the service's reports/s as a percentage of this, against 25%.
 *    b. "one insert per report row", the earlier baseline, for continuity: the report row alone.
 * 3. Intake with a photo: BENCH_REPORTS reports, each with the same small JPEG (made once with sharp, a
 *    few KB), the same figures as phase 1 and the service's peak memory. BENCH_CONFIRMS of them, spread
 *    evenly over the run, are confirmed (general) by their enterprise's union cadre: with
 *    BENCH_CONFIRM=during (the default) each as soon as its report is answered, outside the intake lanes
 *    (so the intake figures include that work); with BENCH_CONFIRM=after, once the intake is over,
 *    BENCH_CONCURRENCY at a time. The rewards come from a city scheme (threshold far above the amount, so
 *    no approval chain) and a budget large enough for all: hazard.confirmed through Kafka issues them,
 *    reward.issued starts the payment workflow in Temporal, which pays them. Latencies from the report
 *    POST's start and from the confirm's answer to the rewards' issued_at and paid_at as the service
 *    recorded them (same host clock); the database is polled every 50 ms only to learn when they are there.
 *
 *   npm run bench:hazard      (3000 reports without photos and 1000 with one, 16 at a time, 200 confirmed
 *                              during the photo intake; BENCH_REPORTS_NO_PHOTO=n, BENCH_REPORTS=n,
 *                              BENCH_CONCURRENCY=n, BENCH_CONFIRMS=n, BENCH_CONFIRM=during|after,
 *                              BENCH_REWARD_TIMEOUT_SECONDS=n: how long to wait for the rewards to be paid, 300;
 *                              BENCH_SERVICE_NODE_OPTIONS=…: the service's NODE_OPTIONS, e.g. --require of a profiler)
 *
 * A few reports of each kind go through the whole path first, unmeasured, then BENCH_WARMUP_REPORTS
 * (2000) without photos at full concurrency, so that nothing measured pays for a cold start (V8 optimises
 * the request path only after some thousands of requests); after each intake the service's background work is let to catch up, so that no phase
 * pays for the one before. Also counts the service's log lines at warn and error. Uses the built services
 * (build first). Starts the local infrastructure when DATABASE_URL etc. are not set (its messages come
 * first on stdout). Prints a summary table on stderr and the figures as the JSON object at the end of
 * stdout; asserts nothing. The figures depend on the machine: everything (the services, Postgres, Kafka,
 * Temporal and these clients) shares its cores; machineCpuBusyPercent says how busy they were.
 */
import { performance } from 'node:perf_hooks';
import { Client, Pool } from 'pg';
import sharp from 'sharp';
import { Principal } from '@lc/auth';
import { apiClient, ensureInfrastructure, Json, startTestCity, TestCity, tokenFor, waitFor } from '@lc/testing';
import { jsonPoster } from './hazard-intake/json-client';
import { connectedPool, createScratchTables, dropScratchTables, oneInsertBaseline, readReportRows, sameRowsBaseline } from './hazard-intake/baselines';
import { peakMemoryMiB } from './hazard-intake/cpu';
import { observationFigures, PhaseObservation, startObservingPhase } from './hazard-intake/phase-observer';
import { POLL_MS, startRewardPoller, Tracked } from './hazard-intake/rewards';
import { warningsIn } from './hazard-intake/service-log';
import { summaryTable } from './hazard-intake/summary-table';
import { epochMs, latency, runConcurrently, sleep } from './hazard-intake/timing';

const REPORTS_NO_PHOTO = Number(process.env.BENCH_REPORTS_NO_PHOTO ?? 3000);
const REPORTS = Number(process.env.BENCH_REPORTS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const CONFIRMS = Math.min(REPORTS, Number(process.env.BENCH_CONFIRMS ?? 200));
const CONFIRM_WHEN = process.env.BENCH_CONFIRM === 'after' ? 'after' : 'during';
const REWARD_TIMEOUT_MS = Number(process.env.BENCH_REWARD_TIMEOUT_SECONDS ?? 300) * 1000;
/** The requirement: intake without photos at least this share of the same rows' raw inserts. */
const TARGET_PERCENT = 25;
const WARMUP = 10;
/**
 * Reports without photos sent at full concurrency before anything is measured: V8 optimises the
 * request path only after a few thousand requests, and a service that has run a while is what is measured.
 */
const WARMUP_LOAD = Number(process.env.BENCH_WARMUP_REPORTS ?? 2000);
const WORKERS = 200;
const ENTERPRISES = ['ent-a1', 'ent-a2', 'ent-a3', 'ent-b1', 'ent-i1'];
const PHOTO_PIXELS = { width: 240, height: 180 };
/** How long the service is watched doing nothing, to tell its per-report work from what it does anyway. */
const AT_REST_MS = 5_000;
/** Passed to the service process, e.g. `--require` of a profiler to see where its time goes (Node 20 refuses --cpu-prof there). */
const SERVICE_NODE_OPTIONS = process.env.BENCH_SERVICE_NODE_OPTIONS;

/** What every phase needs: the city, the service, the tokens, and the benchmark's own connections. */
interface Bench {
  city: TestCity;
  api: (token: string) => ReturnType<typeof apiClient>;
  /** The reports without photos: JSON over kept-alive connections, cheap for the generator. */
  postJson: ReturnType<typeof jsonPoster>;
  /** Setup and the reward poller. */
  db: Client;
  /** The phase observers' figures of the database; a connection of its own, as the poller runs meanwhile. */
  monitor: Client;
  /** Backends of `db` and `monitor`: they watch, they do not do the work, so the figures leave them out. */
  ownPids: number[];
  workerTokens: string[];
  verifiers: Map<string, string>;
  photo: Buffer;
}

/** The outcome of one intake phase. */
interface Intake {
  seconds: number;
  acceptedIds: string[];
  latenciesMs: number[];
  failures: Json[];
  observation: PhaseObservation;
}

/** A small photo-like JPEG: blurred noise. */
async function benchPhoto(): Promise<Buffer> {
  return sharp({ create: { ...PHOTO_PIXELS, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .blur(1.5)
    .jpeg({ quality: 75 })
    .toBuffer();
}

async function connectedClient(databaseUrl: string, name: string): Promise<{ client: Client; pid: number }> {
  const client = new Client({ connectionString: databaseUrl, application_name: name });
  await client.connect();
  const [{ pid }] = (await client.query(`SELECT pg_backend_pid() AS pid`)).rows;
  return { client, pid: Number(pid) };
}

/** The city's reward scheme and a budget large enough for every reward, once hazard-reward knows the enterprises. */
async function prepareRewards(city: TestCity, api: Bench['api'], db: Client): Promise<void> {
  await waitFor(
    'hazard-reward to know the enterprises',
    async () => (await db.query(`SELECT count(*)::int AS n FROM hazard_reward.org_tree_units WHERE id = ANY($1)`, [ENTERPRISES])).rows[0].n === ENTERPRISES.length,
    { timeoutMs: 60_000, intervalMs: 200 },
  );
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear(); // the reward's budget year, in China time
  const cityCadre = await city.tokenAs('city_union_cadre', 'city');
  const scheme = await api(cityCadre).post('/reward-schemes', {
    issuingUnitId: 'city',
    name: '基准市职工排查安全生产事故隐患奖励办法',
    validFrom: `${year}-01-01`,
    approvalThresholdYuan: 100_000,
    amounts: { accident: { general: 200, major: 2000 }, occupational: { general: 300, major: 3000 } },
  });
  if (scheme.status !== 201) throw new Error(`creating the reward scheme: ${scheme.status} ${JSON.stringify(scheme.body)}`);
  const budget = await api(cityCadre).send('PUT', `/reward-budgets/city/${year}`, { totalYuan: 100_000_000 });
  if (budget.status !== 200) throw new Error(`setting the budget: ${budget.status} ${JSON.stringify(budget.body)}`);
}

/** Tokens of many workers across the enterprises (signed here, as login would), and of each enterprise's verifier. */
async function signTokens(city: TestCity): Promise<Pick<Bench, 'workerTokens' | 'verifiers'>> {
  const verifiers = new Map<string, string>();
  for (const unit of ENTERPRISES) verifiers.set(unit, await city.tokenAs('enterprise_union_cadre', unit));
  const workerTokens = await Promise.all(
    Array.from({ length: WORKERS }, (_, n) => {
      const unit = ENTERPRISES[n % ENTERPRISES.length];
      const principal: Principal = { userId: `bench-worker-${n}`, displayName: `职工${n}`, orgUnitId: unit, orgPath: city.paths.get(unit)!, roles: ['worker'] };
      return tokenFor(principal);
    }),
  );
  return { verifiers, workerTokens };
}

async function setUp(city: TestCity): Promise<Bench> {
  const service = city.hazardReward!;
  const api = (token: string) => apiClient(service.url, token);
  const db = await connectedClient(city.databaseUrl, 'bench-hazard');
  const monitor = await connectedClient(city.databaseUrl, 'bench-monitor');
  await prepareRewards(city, api, db.client);
  return {
    city,
    api,
    postJson: jsonPoster(service.url, CONCURRENCY),
    db: db.client,
    monitor: monitor.client,
    ownPids: [db.pid, monitor.pid],
    ...(await signTokens(city)),
    photo: await benchPhoto(),
  };
}

/**
 * Report number n: its enterprise, and its POST: with the photo, multipart; without, the fields as JSON,
 * as a phone sends a report it has no photo for.
 */
function postReport(bench: Bench, n: number, withPhoto: boolean) {
  const enterprise = ENTERPRISES[n % ENTERPRISES.length];
  const fields = {
    enterpriseUnitId: enterprise,
    location: `${1 + (n % 7)}号车间冲压线`,
    category: n % 3 === 0 ? 'occupational' : 'accident',
    description: `防护罩缺失，操作人员可能被夹伤（第${n}号报告）`,
  };
  const token = bench.workerTokens[n % WORKERS];
  if (!withPhoto) return { enterprise, answer: bench.postJson('/hazard-reports', token, fields) };
  const api = bench.api(token);
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('photos', new Blob([new Uint8Array(bench.photo)], { type: 'image/jpeg' }), `photo-${n}.jpg`);
  return { enterprise, answer: api.post('/hazard-reports', form) };
}

function confirmReport(bench: Bench, enterprise: string, reportId: string) {
  return bench.api(bench.verifiers.get(enterprise)!).post(`/hazard-reports/${reportId}/verification`, { outcome: 'confirmed', grade: 'general' });
}

/** The end of the service's output, for a failure message: a moment later (its log is written after the answer), without readiness probes. */
async function serviceOutputTail(bench: Bench): Promise<string> {
  await sleep(500);
  const lines = bench.city.hazardReward!.output().split('\n').filter((line) => !line.includes('Health Check'));
  return `--- hazard-reward output ---\n${lines.join('\n').slice(-4000)}`;
}

/**
 * The whole path, unmeasured: reports without photos, then reports with one that are confirmed until
 * their rewards are paid (which also proves the scheme and budget work).
 */
async function warmUp(bench: Bench): Promise<void> {
  for (let n = 0; n < WARMUP; n++) {
    const res = await postReport(bench, REPORTS_NO_PHOTO + n, false).answer;
    if (res.status !== 201) throw new Error(`warm-up report without a photo: ${res.status} ${JSON.stringify(res.body)}\n${await serviceOutputTail(bench)}`);
  }
  const warm = new Map<string, Tracked>();
  for (let n = 0; n < WARMUP; n++) {
    const { enterprise, answer } = postReport(bench, REPORTS + n, true);
    const res = await answer;
    if (res.status !== 201) throw new Error(`warm-up report: ${res.status} ${JSON.stringify(res.body)}\n${await serviceOutputTail(bench)}`);
    const confirmed = await confirmReport(bench, enterprise, res.body.id);
    if (confirmed.status !== 200) throw new Error(`warm-up confirm: ${confirmed.status} ${JSON.stringify(confirmed.body)}\n${await serviceOutputTail(bench)}`);
    warm.set(res.body.id, { reportId: res.body.id, reportStartedAt: 0 });
  }
  await startRewardPoller(bench.db, warm).until(120_000);
  const unpaid = [...warm.values()].filter((t) => t.paidAt === undefined);
  if (unpaid.length > 0) {
    throw new Error(`warm-up rewards not paid after 120 s: ${JSON.stringify(unpaid.map((t) => t.status ?? 'no reward'))}\n${await serviceOutputTail(bench)}`);
  }
  await runConcurrently(WARMUP_LOAD, CONCURRENCY, async (n) => {
    const res = await postReport(bench, REPORTS_NO_PHOTO + WARMUP + n, false).answer;
    if (res.status !== 201) throw new Error(`warm-up load: ${res.status} ${JSON.stringify(res.body)}`);
  });
}

/** Events the outbox relay has not sent yet and audit entries the sealer has not chained yet. */
async function backlog(db: Client): Promise<{ outboxUnsent: number; auditUnsealed: number }> {
  const [row] = (
    await db.query(
      `SELECT (SELECT count(*) FROM hazard_reward.outbox WHERE sent_at IS NULL)::int AS "outboxUnsent",
              (SELECT count(*) FROM hazard_reward.audit_log WHERE seq IS NULL)::int AS "auditUnsealed"`,
    )
  ).rows;
  return row;
}

/**
 * The service's background work left at the end of a phase, and how long it took to catch up: a service
 * that answers fast by leaving its relaying and sealing behind would not keep that rate for long.
 */
async function catchUp(db: Client): Promise<{ outboxUnsent: number; auditUnsealed: number; caughtUpSecondsAfter: number | null }> {
  const atEnd = await backlog(db);
  const started = performance.now();
  for (let left = atEnd; left.outboxUnsent + left.auditUnsealed > 0; left = await backlog(db)) {
    if (performance.now() - started > 120_000) return { ...atEnd, caughtUpSecondsAfter: null };
    await sleep(100);
  }
  return { ...atEnd, caughtUpSecondsAfter: Number(((performance.now() - started) / 1000).toFixed(2)) };
}

/**
 * The service at rest, no request in flight: its background loops (outbox relay, audit sealer, Kafka
 * consumers, Temporal worker) cost this much whatever the load, so an intake's CPU per report is not all per report.
 */
async function observeAtRest(bench: Bench) {
  const observer = await startObservingPhase({
    databaseUrl: bench.city.databaseUrl,
    monitor: bench.monitor,
    ignore: bench.ownPids,
    servicePid: bench.city.hazardReward!.process.pid,
  });
  await sleep(AT_REST_MS);
  const o = await observer.stop();
  const perSecond = (ms: number) => Number(((ms * 1000) / AT_REST_MS).toFixed(1));
  return { seconds: AT_REST_MS / 1000, serviceCpuMsPerSecond: perSecond(o.serviceCpuMs ?? NaN), postgresCpuMsPerSecond: perSecond(o.postgresCpuMs) };
}

/**
 * One measured intake: `count` reports, CONCURRENCY in flight, observed from the first POST to the last
 * answer. `onAccepted` runs for each accepted report (to confirm some), without holding up its lane.
 */
async function runIntake(
  bench: Bench,
  count: number,
  withPhoto: boolean,
  onAccepted: (n: number, enterprise: string, reportId: string, startedAt: number) => void = () => undefined,
): Promise<Intake> {
  const acceptedIds: string[] = [];
  const latenciesMs: number[] = [];
  const failures: Json[] = [];
  const observer = await startObservingPhase({
    databaseUrl: bench.city.databaseUrl,
    monitor: bench.monitor,
    ignore: bench.ownPids,
    servicePid: bench.city.hazardReward!.process.pid,
  });
  const seconds = await runConcurrently(count, CONCURRENCY, async (n) => {
    const startedAt = epochMs();
    const sent = performance.now();
    const { enterprise, answer } = postReport(bench, n, withPhoto);
    const res = await answer.catch((err: Error) => ({ status: 0, body: err.message }));
    if (res.status !== 201) {
      failures.push({ status: res.status, body: res.body });
      return;
    }
    latenciesMs.push(performance.now() - sent);
    acceptedIds.push(res.body.id);
    onAccepted(n, enterprise, res.body.id, startedAt);
  });
  return { seconds, acceptedIds, latenciesMs, failures, observation: await observer.stop() };
}

/** An intake's figures, per report where it says so. */
function intakeFigures(bench: Bench, intake: Intake, background: Awaited<ReturnType<typeof catchUp>>) {
  const accepted = intake.acceptedIds.length;
  return {
    seconds: Number(intake.seconds.toFixed(2)),
    accepted,
    failed: intake.failures.length,
    firstFailures: intake.failures.slice(0, 3),
    reportsPerSecond: Number((accepted / intake.seconds).toFixed(1)),
    latencyMs: latency(intake.latenciesMs),
    ...observationFigures(intake.observation, accepted),
    servicePeakMemoryMiBSoFar: peakMemoryMiB(bench.city.hazardReward!.process.pid),
    backgroundAtEnd: background,
  };
}

/** Phase 3: the photo intake, with the sampled reports confirmed during it (or after it), then their rewards followed until paid. */
async function photoIntakeWithRewards(bench: Bench) {
  const sampled = new Set(Array.from({ length: CONFIRMS }, (_, i) => Math.floor((i * REPORTS) / CONFIRMS)));
  const tracked = new Map<string, Tracked>();
  const toConfirm: { enterprise: string; reportId: string }[] = [];
  const confirmMs: number[] = [];
  const confirmFailures: Json[] = [];
  const confirmOne = async (enterprise: string, reportId: string) => {
    const sent = performance.now();
    const res = await confirmReport(bench, enterprise, reportId).catch((err: Error) => ({ status: 0, body: err.message }));
    const answered = epochMs();
    if (res.status !== 200) {
      confirmFailures.push({ status: res.status, body: res.body });
      tracked.delete(reportId);
      return;
    }
    confirmMs.push(performance.now() - sent);
    tracked.get(reportId)!.confirmAnsweredAt = answered;
  };
  const confirmsInFlight: Promise<void>[] = [];
  const poller = startRewardPoller(bench.db, tracked);
  const intake = await runIntake(bench, REPORTS, true, (n, enterprise, reportId, startedAt) => {
    if (!sampled.has(n)) return;
    tracked.set(reportId, { reportId, reportStartedAt: startedAt });
    if (CONFIRM_WHEN === 'during') confirmsInFlight.push(confirmOne(enterprise, reportId));
    else toConfirm.push({ enterprise, reportId });
  });
  const afterIntake = performance.now();
  if (CONFIRM_WHEN === 'after') await runConcurrently(toConfirm.length, CONCURRENCY, (i) => confirmOne(toConfirm[i].enterprise, toConfirm[i].reportId));
  await Promise.all(confirmsInFlight);
  const confirmsDoneSecondsAfterIntake = (performance.now() - afterIntake) / 1000;
  await poller.until(REWARD_TIMEOUT_MS);
  const rewardsDoneSecondsAfterIntake = (performance.now() - afterIntake) / 1000;
  const confirm = {
    sent: CONFIRMS,
    answered200: confirmMs.length,
    failed: confirmFailures.length,
    firstFailures: confirmFailures.slice(0, 3),
    latencyMs: latency(confirmMs),
    lastAnsweredSecondsAfterIntake: Number(confirmsDoneSecondsAfterIntake.toFixed(2)),
  };
  return { intake, confirm, rewards: await rewardFigures(bench.db, [...tracked.values()], rewardsDoneSecondsAfterIntake) };
}

async function rewardFigures(db: Client, all: Tracked[], settledSecondsAfterIntake: number) {
  const issued = all.filter((t) => t.issuedAt !== undefined);
  const paid = all.filter((t) => t.paidAt !== undefined);
  const statuses: Record<string, number> = {};
  for (const t of all) statuses[t.status ?? 'none yet'] = (statuses[t.status ?? 'none yet'] ?? 0) + 1;
  const [outbox] = (await db.query(`SELECT count(*)::int AS rows, count(*) FILTER (WHERE sent_at IS NULL)::int AS unsent FROM hazard_reward.outbox`)).rows;
  return {
    measuredFrom: "the service's rewards.issued_at / paid_at; report = the report POST's start, confirm = the confirm's answer",
    tracked: all.length,
    issued: issued.length,
    paid: paid.length,
    statusesAtEnd: statuses,
    allSettledSecondsAfterIntake: Number(settledSecondsAfterIntake.toFixed(2)),
    reportToIssuedMs: latency(issued.map((t) => t.issuedAt! - t.reportStartedAt)),
    reportToPaidMs: latency(paid.map((t) => t.paidAt! - t.reportStartedAt)),
    confirmToIssuedMs: latency(issued.filter((t) => t.confirmAnsweredAt).map((t) => t.issuedAt! - t.confirmAnsweredAt!)),
    confirmToPaidMs: latency(paid.filter((t) => t.confirmAnsweredAt).map((t) => t.paidAt! - t.confirmAnsweredAt!)),
    issuedToPaidMs: latency(paid.filter((t) => t.issuedAt).map((t) => t.paidAt! - t.issuedAt!)),
    outboxRows: outbox.rows,
    outboxUnsentAtEnd: outbox.unsent,
  };
}

/** Phase 2: both baselines on the rows the service wrote for the reports of phase 1, each observed like an intake. */
async function runBaselines(bench: Bench, pool: Pool, noPhotoReportIds: string[]) {
  const copied = await readReportRows(bench.city.databaseUrl, noPhotoReportIds);
  await createScratchTables(bench.db);
  const observe = () => startObservingPhase({ databaseUrl: bench.city.databaseUrl, monitor: bench.monitor, ignore: bench.ownPids });
  const measure = async (run: () => Promise<{ reports: number; seconds: number; latenciesMs: number[] }>) => {
    const observer = await observe();
    const done = await run();
    const observation = await observer.stop();
    return {
      reports: done.reports,
      seconds: Number(done.seconds.toFixed(2)),
      reportsPerSecond: Number((done.reports / done.seconds).toFixed(1)),
      latencyMs: latency(done.latenciesMs),
      ...observationFigures(observation, done.reports),
    };
  };
  const rowsWritten = copied.reports.reduce((n, r) => n + (r.reporter ? 4 : 3), 0);
  return {
    sameRows: {
      what: `per report one transaction on a pg Pool of ${CONCURRENCY}: BEGIN; INSERT its hazard_reports, hazard_reporters (named reports), audit_log and outbox rows as the service wrote them into public.bench_* (LIKE … INCLUDING ALL, and the reporter's foreign key); COMMIT`,
      rowsWritten,
      ...(await measure(() => sameRowsBaseline(pool, copied, CONCURRENCY))),
    },
    oneInsert: {
      what: `one INSERT of the report row per report (autocommit) into public.bench_hazard_reports_one_insert (LIKE hazard_reports INCLUDING ALL), pg Pool of ${CONCURRENCY}`,
      ...(await measure(() => oneInsertBaseline(pool, copied, CONCURRENCY))),
    },
  };
}

const percentOf = (part: number, whole: number) => Number(((100 * part) / whole).toFixed(1));

/** The longest lock waits of a phase, by event and statement, for a line of the summary. */
function longestLockWaits(phase: Json): string {
  const entries = Object.entries(phase.waits.lockWaitMsByStatement as Record<string, number>).slice(0, 2);
  return entries.length === 0 ? 'none seen' : entries.map(([what, ms]) => `${what} ${ms} ms`).join('; ');
}

function printSummary(figures: Json): void {
  const { serviceAtRest, intakeNoPhoto, intakeWithPhoto, baselines, intakeNoPhotoVersusSameRows: versus, rewards, confirm } = figures;
  const rows = [
    { phase: 'intake without photos', ...intakeNoPhoto, reports: intakeNoPhoto.accepted },
    { phase: 'baseline: the same rows', ...baselines.sameRows },
    { phase: 'baseline: one insert per report', ...baselines.oneInsert },
    { phase: 'intake with a photo', ...intakeWithPhoto, reports: intakeWithPhoto.accepted },
  ];
  const notes = [
    `intake without photos vs the same rows: ${versus.percent}% (target ≥ ${TARGET_PERCENT}%: ${versus.meetsTarget ? 'met' : 'NOT met'})`,
    `confirm: p50 ${confirm.latencyMs?.p50 ?? '-'} ms, p99 ${confirm.latencyMs?.p99 ?? '-'} ms; rewards paid ${rewards.paid} of ${rewards.tracked}: ` +
      `confirm→issued p50 ${rewards.confirmToIssuedMs?.p50 ?? '-'} ms, confirm→paid p50 ${rewards.confirmToPaidMs?.p50 ?? '-'} ms, p99 ${rewards.confirmToPaidMs?.p99 ?? '-'} ms`,
    `service at rest: ${serviceAtRest.serviceCpuMsPerSecond} ms CPU per second (its background loops), Postgres ${serviceAtRest.postgresCpuMsPerSecond} ms per second`,
    `longest lock waits, without photos: ${longestLockWaits(intakeNoPhoto)}`,
    `longest lock waits, with a photo: ${longestLockWaits(intakeWithPhoto)}`,
    `service log: ${Object.values(figures.serviceLogWarningsAndErrors as Record<string, number>).reduce((a, b) => a + b, 0)} lines at warn or error`,
    'ms/r: per report; Lock/LWLock: connection time waiting for heavyweight / internal locks (pg_stat_activity every 20 ms); machine busy: all processes on all cores',
  ];
  process.stderr.write(`\n${summaryTable(rows, notes)}\n\n`);
}

async function main(): Promise<void> {
  ensureInfrastructure();
  process.stderr.write(
    `hazard intake benchmark: ${REPORTS_NO_PHOTO} reports without photos, then ${REPORTS} with one (${CONFIRMS} confirmed ${CONFIRM_WHEN} the intake), ` +
      `${CONCURRENCY} at a time; baselines of raw INSERTs of the same rows\n`,
  );
  let city: TestCity | undefined;
  let bench: Bench | undefined;
  let pool: Pool | undefined;
  try {
    // The hourly limit per worker protects a city from one phone; a benchmark measures throughput.
    const settings = { HAZARD_REPORTS_PER_HOUR: String(10_000), ...(SERVICE_NODE_OPTIONS ? { NODE_OPTIONS: SERVICE_NODE_OPTIONS } : {}) };
    city = await startTestCity({ withHazardReward: true, hazardRewardSettings: settings });
    bench = await setUp(city);
    await warmUp(bench);

    await catchUp(bench.db);
    const serviceAtRest = await observeAtRest(bench);
    const noPhoto = await runIntake(bench, REPORTS_NO_PHOTO, false);
    const intakeNoPhoto = intakeFigures(bench, noPhoto, await catchUp(bench.db));
    // The baselines next, not last: the machine is shared, and the two figures the target compares
    // should see the same load from the rest of it.
    pool = await connectedPool(city.databaseUrl, CONCURRENCY);
    const baselines = await runBaselines(bench, pool, noPhoto.acceptedIds);
    const photo = await photoIntakeWithRewards(bench);
    const intakeWithPhoto = intakeFigures(bench, photo.intake, await catchUp(bench.db));
    const figures = {
      settings: {
        reportsNoPhoto: REPORTS_NO_PHOTO,
        reportsWithPhoto: REPORTS,
        concurrency: CONCURRENCY,
        confirms: CONFIRMS,
        confirmWhen:
          CONFIRM_WHEN === 'during'
            ? 'during the photo intake: each sampled report confirmed as soon as its POST answered, outside the intake lanes'
            : `after the photo intake, ${CONCURRENCY} at a time`,
        warmupReports: { noPhoto: WARMUP, withPhotoConfirmedAndPaid: WARMUP, noPhotoAtFullConcurrency: WARMUP_LOAD },
        workers: WORKERS,
        enterprises: ENTERPRISES.length,
        photoBytes: bench.photo.length,
        photoPixels: `${PHOTO_PIXELS.width}x${PHOTO_PIXELS.height}`,
        rewardPollMs: POLL_MS,
      },
      serviceAtRest,
      intakeNoPhoto,
      baselines,
      intakeNoPhotoVersusSameRows: {
        percent: percentOf(intakeNoPhoto.reportsPerSecond, baselines.sameRows.reportsPerSecond),
        targetPercent: TARGET_PERCENT,
        meetsTarget: intakeNoPhoto.reportsPerSecond >= (TARGET_PERCENT / 100) * baselines.sameRows.reportsPerSecond,
      },
      intakeWithPhoto,
      confirm: photo.confirm,
      rewards: photo.rewards,
      versus: {
        intakeNoPhotoVersusOneInsertPercent: percentOf(intakeNoPhoto.reportsPerSecond, baselines.oneInsert.reportsPerSecond),
        intakeWithPhotoVersusSameRowsPercent: percentOf(intakeWithPhoto.reportsPerSecond, baselines.sameRows.reportsPerSecond),
        intakeWithPhotoVersusNoPhotoPercent: percentOf(intakeWithPhoto.reportsPerSecond, intakeNoPhoto.reportsPerSecond),
        p50NoPhotoOverSameRows:
          intakeNoPhoto.latencyMs && baselines.sameRows.latencyMs ? Number((intakeNoPhoto.latencyMs.p50 / baselines.sameRows.latencyMs.p50).toFixed(1)) : null,
      },
      serviceLogWarningsAndErrors: warningsIn(city.hazardReward!.output()),
    };
    printSummary(figures);
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    await pool?.end();
    if (bench) await dropScratchTables(bench.db).catch(() => undefined);
    await bench?.db.end();
    await bench?.monitor.end();
    await city?.stop(); // drops the benchmark's database and removes the photos
  }
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
