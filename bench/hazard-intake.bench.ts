/**
 * Hazard intake benchmark, against the built hazard-reward service (a real process, with registration,
 * on a fresh database and topic prefix):
 *
 * 1. Sustained intake: BENCH_REPORTS multipart POST /hazard-reports, BENCH_CONCURRENCY in flight, each
 *    with the same small JPEG (made once with sharp, a few KB) from one of many workers across five
 *    enterprises. Reports per second and the POSTs' latency (p50/p95/p99/max, ms); also the CPU the
 *    service process used meanwhile (per report) and its peak memory.
 * 2. Report → confirm → reward: BENCH_CONFIRMS of those reports, spread evenly over the run, are confirmed
 *    (general) by their enterprise's union cadre. With BENCH_CONFIRM=during (the default) each is
 *    confirmed as soon as its report is answered, while the intake load runs, without holding up an
 *    intake lane (so the intake figures include that work); with BENCH_CONFIRM=after, once the intake is
 *    over, BENCH_CONCURRENCY at a time. The rewards come from a city scheme (threshold far above the
 *    amount, so no approval chain) and a budget large enough for all: hazard.confirmed through Kafka
 *    issues them, reward.issued starts the payment workflow in Temporal, which pays them. Latencies from
 *    the report POST's start and from the confirm's answer to the rewards' issued_at and paid_at, as the
 *    service recorded them (same host clock); the database is polled every 50 ms in batches only to learn
 *    when they are there, so the polling adds nothing to the figures.
 * 3. Baseline in the same run and database: the very rows the service wrote to hazard_reward.hazard_reports
 *    (all its columns), inserted again, one INSERT per row, BENCH_CONCURRENCY at a time through a pg Pool,
 *    into a scratch copy of that table (same columns, constraints and indexes). Rows per second and latency.
 *
 *   npm run bench:hazard      (1000 reports, 16 at a time, 200 confirmed during the intake;
 *                              BENCH_REPORTS=n, BENCH_CONCURRENCY=n, BENCH_CONFIRMS=n, BENCH_CONFIRM=during|after,
 *                              BENCH_REWARD_TIMEOUT_SECONDS=n: how long to wait for the rewards to be paid, 300)
 *
 * A few reports go through the whole path first, unmeasured, so that nothing measured pays for a cold
 * start. Also counts the service's log lines at warn and error. Uses the built services (build first).
 * Starts the local infrastructure when DATABASE_URL etc. are not set (its messages come first on stdout;
 * the figures are the JSON object at the end). Prints its figures; asserts nothing.
 */
import { rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Client, Pool } from 'pg';
import sharp from 'sharp';
import { Principal } from '@lc/auth';
import { apiClient, ensureInfrastructure, Json, startTestCity, TestCity, tokenFor, waitFor } from '@lc/testing';

const REPORTS = Number(process.env.BENCH_REPORTS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const CONFIRMS = Math.min(REPORTS, Number(process.env.BENCH_CONFIRMS ?? 200));
const CONFIRM_WHEN = process.env.BENCH_CONFIRM === 'after' ? 'after' : 'during';
const REWARD_TIMEOUT_MS = Number(process.env.BENCH_REWARD_TIMEOUT_SECONDS ?? 300) * 1000;
const WARMUP = 10;
const WORKERS = 200;
const POLL_MS = 50;
const ENTERPRISES = ['ent-a1', 'ent-a2', 'ent-a3', 'ent-b1', 'ent-i1'];
const BASELINE_TABLE = 'public.bench_hazard_reports_baseline';
/** The columns the service's report INSERT writes. */
const REPORT_COLUMNS = [
  'id',
  'enterprise_unit_id',
  'enterprise_path',
  'location',
  'latitude',
  'longitude',
  'category',
  'description',
  'photos',
  'anonymous',
  'reporter_tag',
  'reported_at',
];

interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function latency(samples: number[]): Latency | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1]),
  };
}

/** Runs task(0..count-1) with at most `concurrency` in flight; the wall time in seconds. */
async function runConcurrently(count: number, concurrency: number, task: (n: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(count, concurrency) }, lane));
  return (performance.now() - started) / 1000;
}

/** Wall-clock milliseconds with the monotonic clock's resolution, comparable with the service's timestamps. */
const epochMs = () => performance.timeOrigin + performance.now();

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

function peakMemoryMiB(pid: number | undefined): number {
  const kib = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return Math.round(kib / 1024);
}

/** A small photo-like JPEG: blurred noise, 240 × 180. */
async function benchPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 240, height: 180, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .blur(1.5)
    .jpeg({ quality: 75 })
    .toBuffer();
}

interface Tracked {
  reportId: string;
  reportStartedAt: number;
  confirmAnsweredAt?: number;
  issuedAt?: number;
  paidAt?: number;
  status?: string;
}

/**
 * Polls the rewards of the tracked reports, all still unpaid ones in one query every POLL_MS, until
 * every one is paid or `settled()` says no more will come and none moved for a while, or the timeout.
 */
function startRewardPoller(sql: Client, tracked: Map<string, Tracked>) {
  let stopped = false;
  let lastProgress = performance.now();
  const poll = async () => {
    const open = [...tracked.values()].filter((t) => t.paidAt === undefined).map((t) => t.reportId);
    if (open.length === 0) return;
    const { rows } = await sql.query(`SELECT report_id, status, issued_at, paid_at FROM hazard_reward.rewards WHERE report_id = ANY($1::uuid[])`, [open]);
    for (const row of rows) {
      const t = tracked.get(row.report_id)!;
      if (t.status !== row.status) lastProgress = performance.now();
      t.status = row.status;
      if (row.issued_at) t.issuedAt = (row.issued_at as Date).getTime();
      if (row.paid_at) t.paidAt = (row.paid_at as Date).getTime();
    }
  };
  const loop = async () => {
    while (!stopped) {
      const started = performance.now();
      await poll();
      await new Promise((r) => setTimeout(r, Math.max(0, POLL_MS - (performance.now() - started))));
    }
  };
  let failure: unknown;
  const done = loop().catch((err) => {
    failure = err;
    stopped = true;
  });
  return {
    /** Resolves when all tracked rewards are paid, or nothing moved for `idleMs`, or `timeoutMs` passed. */
    until: async (timeoutMs: number, idleMs = 60_000) => {
      const deadline = performance.now() + timeoutMs;
      lastProgress = performance.now();
      while (!stopped && performance.now() < deadline && performance.now() - lastProgress < idleMs) {
        if ([...tracked.values()].every((t) => t.paidAt !== undefined)) break;
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
      stopped = true;
      await done;
      if (failure) throw failure;
    },
  };
}

/** The service's log lines at warn (40) or above, counted by message, from its pino JSON output. */
function warningsIn(output: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line);
      if (entry.level < 40) continue;
      const key = `${entry.level >= 50 ? 'error' : 'warn'}: ${String(entry.msg ?? entry.message).slice(0, 120)}`;
      counts[key] = (counts[key] ?? 0) + 1;
    } catch {
      counts['unparsed output line'] = (counts['unparsed output line'] ?? 0) + 1;
    }
  }
  return counts;
}

async function main(): Promise<void> {
  ensureInfrastructure();
  process.stderr.write(
    `hazard intake benchmark: ${REPORTS} reports, ${CONCURRENCY} at a time; ${CONFIRMS} confirmed ${CONFIRM_WHEN} the intake; baseline of raw INSERTs\n`,
  );
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear(); // the reward's budget year, in China time
  let city: TestCity | undefined;
  let sql: Client | undefined;
  let pool: Pool | undefined;
  try {
    city = await startTestCity({ withHazardReward: true });
    const service = city.hazardReward!;
    const api = (token: string) => apiClient(service.url, token);
    sql = new Client({ connectionString: city.databaseUrl });
    await sql.connect();
    const db = sql;

    await waitFor(
      'hazard-reward to know the enterprises',
      async () => (await db.query(`SELECT count(*)::int AS n FROM hazard_reward.org_tree_units WHERE id = ANY($1)`, [ENTERPRISES])).rows[0].n === ENTERPRISES.length,
      { timeoutMs: 60_000, intervalMs: 200 },
    );
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

    const verifiers = new Map<string, string>();
    for (const unit of ENTERPRISES) verifiers.set(unit, await city.tokenAs('enterprise_union_cadre', unit));
    const workerTokens = await Promise.all(
      Array.from({ length: WORKERS }, (_, n) => {
        const unit = ENTERPRISES[n % ENTERPRISES.length];
        const principal: Principal = {
          userId: `bench-worker-${n}`,
          displayName: `职工${n}`,
          orgUnitId: unit,
          orgPath: city!.paths.get(unit)!,
          roles: ['worker'],
        };
        return tokenFor(principal);
      }),
    );

    const photo = await benchPhoto();
    const photoBlob = new Blob([new Uint8Array(photo)], { type: 'image/jpeg' });
    const report = async (n: number) => {
      const enterprise = ENTERPRISES[n % ENTERPRISES.length];
      const form = new FormData();
      form.append('enterpriseUnitId', enterprise);
      form.append('location', `${1 + (n % 7)}号车间冲压线`);
      form.append('category', n % 3 === 0 ? 'occupational' : 'accident');
      form.append('description', `防护罩缺失，操作人员可能被夹伤（第${n}号报告）`);
      form.append('photos', photoBlob, `photo-${n}.jpg`);
      return { enterprise, res: await api(workerTokens[n % WORKERS]).post('/hazard-reports', form) };
    };
    const confirm = (enterprise: string, reportId: string) =>
      api(verifiers.get(enterprise)!).post(`/hazard-reports/${reportId}/verification`, { outcome: 'confirmed', grade: 'general' });

    // Warm-up: the whole path, unmeasured, which also proves that scheme and budget issue and pay rewards.
    const warm = new Map<string, Tracked>();
    for (let n = 0; n < WARMUP; n++) {
      const { enterprise, res } = await report(REPORTS + n);
      if (res.status !== 201) throw new Error(`warm-up report: ${res.status} ${JSON.stringify(res.body)}`);
      const confirmed = await confirm(enterprise, res.body.id);
      if (confirmed.status !== 200) throw new Error(`warm-up confirm: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
      warm.set(res.body.id, { reportId: res.body.id, reportStartedAt: 0 });
    }
    const warmPoller = startRewardPoller(db, warm);
    await warmPoller.until(120_000);
    const unpaid = [...warm.values()].filter((t) => t.paidAt === undefined);
    if (unpaid.length > 0) {
      throw new Error(`warm-up rewards not paid after 120 s: ${JSON.stringify(unpaid.map((t) => t.status ?? 'no reward'))}\n${service.output().slice(-4000)}`);
    }
    const warmIds = [...warm.keys()];

    // 1 and 2: the intake, with the sampled reports confirmed during it (or after it).
    const sampled = new Set(Array.from({ length: CONFIRMS }, (_, i) => Math.floor((i * REPORTS) / CONFIRMS)));
    const tracked = new Map<string, Tracked>();
    const toConfirm: { enterprise: string; reportId: string }[] = [];
    const intakeMs: number[] = [];
    const confirmMs: number[] = [];
    const failures: { report: Json[]; confirm: Json[] } = { report: [], confirm: [] };
    let accepted = 0;
    const confirmOne = async (enterprise: string, reportId: string) => {
      const sent = performance.now();
      const res = await confirm(enterprise, reportId).catch((err: Error) => ({ status: 0, body: err.message }));
      const answered = epochMs();
      if (res.status !== 200) {
        failures.confirm.push({ status: res.status, body: res.body });
        tracked.delete(reportId);
        return;
      }
      confirmMs.push(performance.now() - sent);
      tracked.get(reportId)!.confirmAnsweredAt = answered;
    };
    const confirmsInFlight: Promise<void>[] = [];
    const poller = startRewardPoller(db, tracked);
    const cpuBefore = cpuSeconds(service.process.pid);
    const intakeSeconds = await runConcurrently(REPORTS, CONCURRENCY, async (n) => {
      const startedAt = epochMs();
      const sent = performance.now();
      const { enterprise, res } = await report(n).catch((err: Error) => ({ enterprise: '', res: { status: 0, body: err.message } }));
      if (res.status !== 201) {
        failures.report.push({ status: res.status, body: res.body });
        return;
      }
      intakeMs.push(performance.now() - sent);
      accepted++;
      if (!sampled.has(n)) return;
      tracked.set(res.body.id, { reportId: res.body.id, reportStartedAt: startedAt });
      if (CONFIRM_WHEN === 'during') confirmsInFlight.push(confirmOne(enterprise, res.body.id));
      else toConfirm.push({ enterprise, reportId: res.body.id });
    });
    const intakeCpu = cpuSeconds(service.process.pid) - cpuBefore;
    const afterIntake = performance.now();
    if (CONFIRM_WHEN === 'after') {
      await runConcurrently(toConfirm.length, CONCURRENCY, (i) => confirmOne(toConfirm[i].enterprise, toConfirm[i].reportId));
    }
    await Promise.all(confirmsInFlight);
    const confirmsDoneSecondsAfterIntake = (performance.now() - afterIntake) / 1000;
    await poller.until(REWARD_TIMEOUT_MS);
    const rewardsDoneSecondsAfterIntake = (performance.now() - afterIntake) / 1000;

    const all = [...tracked.values()];
    const issued = all.filter((t) => t.issuedAt !== undefined);
    const paid = all.filter((t) => t.paidAt !== undefined);
    const statuses: Record<string, number> = {};
    for (const t of all) statuses[t.status ?? 'none yet'] = (statuses[t.status ?? 'none yet'] ?? 0) + 1;
    const [pipeline] = (
      await db.query(
        `SELECT count(*)::int AS outbox_rows, count(*) FILTER (WHERE sent_at IS NULL)::int AS outbox_unsent FROM hazard_reward.outbox`,
      )
    ).rows;

    // 3: the baseline, on the very rows the service wrote (not the warm-up's).
    const rows = (
      await db.query(`SELECT ${REPORT_COLUMNS.join(', ')} FROM hazard_reward.hazard_reports WHERE id <> ALL($1::uuid[]) ORDER BY reported_at`, [warmIds])
    ).rows;
    await db.query(`CREATE TABLE ${BASELINE_TABLE} (LIKE hazard_reward.hazard_reports INCLUDING ALL)`);
    pool = new Pool({ connectionString: city.databaseUrl, max: CONCURRENCY });
    const clients = await Promise.all(Array.from({ length: CONCURRENCY }, () => pool!.connect()));
    clients.forEach((c) => c.release()); // connected beforehand, as the service's pool is
    const insert = `INSERT INTO ${BASELINE_TABLE} (${REPORT_COLUMNS.join(', ')}) VALUES (${REPORT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`;
    const baselineMs: number[] = [];
    const baselineSeconds = await runConcurrently(rows.length, CONCURRENCY, async (i) => {
      const row = rows[i];
      const sent = performance.now();
      await pool!.query(
        insert,
        REPORT_COLUMNS.map((c) => (c === 'photos' ? JSON.stringify(row.photos) : row[c])),
      );
      baselineMs.push(performance.now() - sent);
    });

    const reportsPerSecond = accepted / intakeSeconds;
    const rowsPerSecond = rows.length / baselineSeconds;
    const intakeLatency = latency(intakeMs);
    const baselineLatency = latency(baselineMs);
    const figures = {
      settings: {
        reports: REPORTS,
        concurrency: CONCURRENCY,
        confirms: CONFIRMS,
        confirmWhen:
          CONFIRM_WHEN === 'during'
            ? 'during the intake: each sampled report confirmed as soon as its POST answered, outside the intake lanes'
            : `after the intake, ${CONCURRENCY} at a time`,
        warmupReports: WARMUP,
        workers: WORKERS,
        enterprises: ENTERPRISES.length,
        photoBytes: photo.length,
        photoPixels: '240x180',
        rewardPollMs: POLL_MS,
      },
      intake: {
        seconds: Number(intakeSeconds.toFixed(2)),
        accepted,
        failed: failures.report.length,
        firstFailures: failures.report.slice(0, 3),
        reportsPerSecond: Number(reportsPerSecond.toFixed(1)),
        latencyMs: intakeLatency,
        serviceCpuSeconds: Number(intakeCpu.toFixed(2)),
        serviceCpuMsPerReport: Number(((intakeCpu * 1000) / Math.max(1, accepted)).toFixed(1)),
        servicePeakMemoryMiB: peakMemoryMiB(service.process.pid),
      },
      confirm: {
        sent: CONFIRMS,
        answered200: confirmMs.length,
        failed: failures.confirm.length,
        firstFailures: failures.confirm.slice(0, 3),
        latencyMs: latency(confirmMs),
        lastAnsweredSecondsAfterIntake: Number(confirmsDoneSecondsAfterIntake.toFixed(2)),
      },
      rewards: {
        measuredFrom: "the service's rewards.issued_at / paid_at; report = the report POST's start, confirm = the confirm's answer",
        tracked: all.length,
        issued: issued.length,
        paid: paid.length,
        statusesAtEnd: statuses,
        allSettledSecondsAfterIntake: Number(rewardsDoneSecondsAfterIntake.toFixed(2)),
        reportToIssuedMs: latency(issued.map((t) => t.issuedAt! - t.reportStartedAt)),
        reportToPaidMs: latency(paid.map((t) => t.paidAt! - t.reportStartedAt)),
        confirmToIssuedMs: latency(issued.filter((t) => t.confirmAnsweredAt).map((t) => t.issuedAt! - t.confirmAnsweredAt!)),
        confirmToPaidMs: latency(paid.filter((t) => t.confirmAnsweredAt).map((t) => t.paidAt! - t.confirmAnsweredAt!)),
        issuedToPaidMs: latency(paid.filter((t) => t.issuedAt).map((t) => t.paidAt! - t.issuedAt!)),
        outboxRows: pipeline.outbox_rows,
        outboxUnsentAtEnd: pipeline.outbox_unsent,
      },
      baseline: {
        what: `one INSERT per row of hazard_reward.hazard_reports' rows into ${BASELINE_TABLE} (LIKE it INCLUDING ALL), pg Pool of ${CONCURRENCY}`,
        rows: rows.length,
        seconds: Number(baselineSeconds.toFixed(2)),
        rowsPerSecond: Number(rowsPerSecond.toFixed(1)),
        latencyMs: baselineLatency,
      },
      serviceLogWarningsAndErrors: warningsIn(service.output()),
      serviceVersusBaseline: {
        throughputRatio: Number((rowsPerSecond / reportsPerSecond).toFixed(1)),
        p50Ratio: intakeLatency && baselineLatency ? Number((intakeLatency.p50 / baselineLatency.p50).toFixed(1)) : null,
        p99Ratio: intakeLatency && baselineLatency ? Number((intakeLatency.p99 / baselineLatency.p99).toFixed(1)) : null,
      },
    };
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    await pool?.end();
    await sql?.query(`DROP TABLE IF EXISTS ${BASELINE_TABLE}`).catch(() => undefined);
    await sql?.end();
    const photoDir = city?.hazardRewardEnvironment?.PHOTO_STORE_DIR;
    await city?.stop();
    if (photoDir) await rm(photoDir, { recursive: true, force: true });
  }
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
