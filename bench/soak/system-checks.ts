/**
 * Checks of the system as a whole after the run: every service's audit chain verifies (sealed to the
 * end, and matching its published head once services publish one), no dead letters, no transaction
 * left idle, latency during faults within the limit, every kind of fault done and recovered from,
 * every service still up.
 */
import { FaultKind, FaultRecord } from './chaos';
import { Check, check } from './check';
import { IdleTransactionWatch } from './idle-transactions';
import { SoakKafka } from './kafka';
import { LatencyReport } from './latency';
import { errorText, sleep } from './log';
import { QuietResult } from './quiet';
import { SERVICE_NAMES, SoakSystem } from './system';

const AUDIT_SEAL_WAIT_MS = 60_000;
const AUDIT_VERIFY_TIMEOUT_MS = 30_000;
const IDLE_LIMIT_MS = 2_000;

export async function auditCheck(system: SoakSystem, auditorToken: string): Promise<Check> {
  const results: Record<string, unknown> = {};
  const problems: string[] = [];
  const heads: string[] = [];
  for (const name of SERVICE_NAMES) {
    const verify = async () => {
      try {
        const res = await fetch(`${system.services[name].url}/audit/verify`, {
          headers: { authorization: `Bearer ${auditorToken}` },
          signal: AbortSignal.timeout(AUDIT_VERIFY_TIMEOUT_MS),
        });
        return { status: res.status, body: (await res.json()) as Record<string, unknown> };
      } catch (err) {
        return { status: 0, body: { error: errorText(err) } as Record<string, unknown> };
      }
    };
    // Sealing runs after commit: wait until nothing is left unsealed (when the service reports it).
    let answer = await verify();
    const deadline = Date.now() + AUDIT_SEAL_WAIT_MS;
    while (answer.status === 200 && typeof answer.body.unsealed === 'number' && answer.body.unsealed > 0 && Date.now() < deadline) {
      await sleep(1000);
      answer = await verify();
    }
    results[name] = answer.body;
    if (answer.status === 0) {
      problems.push(`${name}: no answer (${answer.body.error})`);
      continue;
    }
    const body = answer.body;
    if (answer.status !== 200) problems.push(`${name}: ${answer.status}`);
    else if (body.ok !== true) problems.push(`${name}: broken at seq ${body.firstBrokenSeq} (${body.problem})`);
    else {
      if (typeof body.unsealed === 'number' && body.unsealed > 0) problems.push(`${name}: ${body.unsealed} entries still unsealed`);
      if ('published' in body) {
        const published = body.published as { seq: number } | null;
        if (published === null) problems.push(`${name}: no published head`);
        else if (typeof body.headSeq !== 'number' || published.seq > body.headSeq) problems.push(`${name}: published seq ${published.seq} beyond the head ${body.headSeq}`);
      }
      heads.push(`${name} ${body.entries}${'published' in body ? ` (published ${(body.published as { seq: number } | null)?.seq ?? 'none'})` : ''}`);
    }
  }
  return check('audit: every chain verifies', problems.length === 0, `entries ${heads.join(', ')}${problems.length ? `; ${problems.join('; ')}` : ''}`, results);
}

export async function deadLetterCheck(kafka: SoakKafka): Promise<Check> {
  const { topics, letters, expected } = await kafka.deadLetters();
  const byTopic = new Map<string, number>();
  for (const l of letters) byTopic.set(l.topic, (byTopic.get(l.topic) ?? 0) + 1);
  return check(
    'dead letters: none',
    expected === 0,
    `${expected} in ${topics.length} dead-letter topics${byTopic.size ? ` (${[...byTopic.entries()].map(([t, n]) => `${t} ${n}`).join(', ')})` : ''}` +
      (letters.length < expected ? `; read ${letters.length}` : ''),
    letters.map((l) => ({ topic: l.topic, offset: l.offset, consumer: l.consumer, eventType: l.eventType, error: l.error })),
  );
}

export function idleCheck(watch: IdleTransactionWatch): Check {
  const over = watch.over(IDLE_LIMIT_MS);
  const longest = watch.longestSeen();
  return check(
    `no connection idle in transaction over ${IDLE_LIMIT_MS / 1000} s`,
    over.length === 0,
    `${watch.samples} samples (${watch.failedSamples} failed), over the limit ${over.length}, longest ${longest ? `${(longest.idleMs / 1000).toFixed(1)} s (pid ${longest.pid}: ${longest.query.slice(0, 80)})` : 'none seen'}`,
    over.slice(0, 10),
  );
}

/**
 * The services answered during faults within their own bounds: p99 under the limit (above the longest
 * a service lets a request wait on what is failing: a 5 s Postgres pause, the lock and pool waits, the
 * 10 s Temporal deadline), and no request hung until the client gave up.
 */
export function latencyCheck(latency: LatencyReport, limitMs: number, startedAt: number): Check {
  const f = latency.duringFaults;
  const q = latency.quiet;
  const passed = (f.p99Ms === null || f.p99Ms < limitMs) && f.timedOut === 0;
  // A failure names its slowest attempts, so that one run's log is enough to look for the cause.
  const slowest = passed
    ? ''
    : '; slowest: ' +
      latency.slowestDuringFaults
        .map((s) => `${s.action} (${s.service}, attempt ${s.attempt}) ${s.ms} ms → ${s.outcome} at ${((s.at - startedAt) / 1000).toFixed(1)} s during ${s.faults.join(' + ')}`)
        .join('; ');
  return check(
    `latency: p99 during faults under ${limitMs} ms, none timed out`,
    passed,
    `during faults ${f.requests} requests p50/p99/max ${f.p50Ms}/${f.p99Ms}/${f.maxMs} ms, timed out ${f.timedOut}; ` +
      `quiet ${q.requests} requests ${q.p50Ms}/${q.p99Ms}/${q.maxMs} ms, timed out ${q.timedOut}${slowest}`,
  );
}

export function faultCheck(faults: FaultRecord[]): Check {
  const wanted: [FaultKind, string][] = [
    ['kill -9', 'registration'],
    ['kill -9', 'hazard-reward'],
    ['kill -9', 'assessment'],
    ['kill -9', 'awards'],
    ['restart broker', 'kafka'],
    ['restart temporal', 'temporal'],
    ['pause postgres', 'postgres'],
  ];
  const missing = wanted.filter(([kind, target]) => !faults.some((f) => f.kind === kind && f.target === target));
  const failed = faults.filter((f) => f.error);
  return check(
    'faults: every kind done, each recovered from',
    missing.length === 0 && failed.length === 0,
    `${faults.length} faults; kinds not done ${missing.length ? missing.map((m) => m.join(' ')).join(', ') : 'none'}; not recovered ${failed.length}`,
    failed.map((f) => `${f.kind} ${f.target}: ${f.error}`),
  );
}

/** Each service stopped by SIGTERM within its grace period, as a deployment stops it. */
export function shutdownCheck(stops: Record<string, { ms: number; killed: boolean }>): Check {
  const killed = Object.entries(stops).filter(([, s]) => s.killed);
  return check(
    'services: stop cleanly on SIGTERM',
    killed.length === 0,
    Object.entries(stops)
      .map(([name, s]) => `${name} ${(s.ms / 1000).toFixed(1)} s${s.killed ? ' (SIGKILL after the grace period)' : ''}`)
      .join(', '),
  );
}

export async function servicesCheck(system: SoakSystem): Promise<Check> {
  const notReady: string[] = [];
  for (const name of SERVICE_NAMES) if (!(await system.services[name].ready())) notReady.push(name);
  const crashes = SERVICE_NAMES.flatMap((name) => system.services[name].unexpectedExits);
  return check(
    'services: all up at the end, none exited by itself',
    notReady.length === 0 && crashes.length === 0,
    `not ready ${notReady.length ? notReady.join(', ') : 'none'}; exits the soak did not cause ${crashes.length}`,
    crashes,
  );
}

export function quietCheck(quiet: QuietResult, timeoutMs: number): Check {
  const left = Object.entries(quiet.pending).filter(([, n]) => n > 0);
  return check(
    'quiet reached after the load',
    quiet.reached,
    quiet.reached
      ? `in ${(quiet.ms / 1000).toFixed(1)} s`
      : `${quiet.stalled ? `stalled (nothing moved) after ${(quiet.ms / 1000).toFixed(0)} s` : `not within ${timeoutMs / 1000} s`}; ` +
          `still on its way: ${left.map(([what, n]) => `${what} ${n}`).join(', ') || quiet.error || 'unknown'}`,
    Object.fromEntries(left),
  );
}
