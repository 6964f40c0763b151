/**
 * The figures: readable tables on stdout (checks first, then what the users did, the faults and how
 * long each took to recover from, latency, what the system holds at the end), then one JSON object
 * with all of it for tools.
 */
import { FaultRecord } from './chaos';
import { Check } from './check';
import { RequestLog } from './http';
import { LatencyFigures, LatencyReport } from './latency';
import { WorkloadMemory } from './memory';
import { QuietResult } from './quiet';
import { Outcomes } from './reconcile';
import { SoakSettings } from './settings';
import { SERVICE_NAMES, SoakSystem } from './system';

export interface SoakFigures {
  settings: SoakSettings;
  loadStartedAt: number;
  loadSeconds: number;
  memory: WorkloadMemory;
  requests: RequestLog;
  faults: FaultRecord[];
  latency: LatencyReport;
  quiet: QuietResult;
  outcomes: Outcomes;
  checks: Check[];
  system: SoakSystem;
  /** The ports the soak's own servers ran on. */
  ports: Record<string, number>;
}

/** Columns padded to their widest cell; the last column is left as it is. */
function table(rows: (string | number | null)[][]): string {
  const cells = rows.map((r) => r.map((c) => (c === null ? '-' : String(c))));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => (i < r.length - 1 ? (r[i]?.length ?? 0) : 0))));
  return cells.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]) : c)).join('  ').trimEnd()).join('\n');
}

const seconds = (ms: number | undefined) => (ms === undefined ? null : (ms / 1000).toFixed(1));
const counts = (m: Map<string, number> | Record<string, number>) =>
  [...(m instanceof Map ? m.entries() : Object.entries(m))].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k}: ${n}`).join(', ');

function latencyRow(label: string, f: LatencyFigures): (string | number | null)[] {
  return [label, f.requests, f.p50Ms, f.p99Ms, f.maxMs, f.timedOut, f.failed];
}

function recoveries(faults: FaultRecord[]): Record<string, number[]> {
  const byTarget: Record<string, number[]> = {};
  for (const f of faults) if (f.recoveryMs !== undefined) (byTarget[`${f.kind} ${f.target}`] ??= []).push(Math.round(f.recoveryMs));
  return byTarget;
}

export function renderReport(f: SoakFigures): string {
  const out: string[] = [];
  const failed = f.checks.filter((c) => !c.pass).length;
  out.push(`== checks: ${f.checks.length - failed} passed, ${failed} failed ==`);
  out.push(table(f.checks.map((c) => [c.pass ? 'PASS' : 'FAIL', c.name, c.detail])));

  const details = f.checks.filter((c) => !c.pass && c.data !== undefined && JSON.stringify(c.data) !== '[]' && JSON.stringify(c.data) !== '{}');
  if (details.length) out.push('', '== what the failed checks found (first few; all in the JSON) ==');
  for (const c of details) {
    out.push(`${c.name}:`);
    const items = Array.isArray(c.data) ? c.data : Object.entries(c.data as object).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => `${k}: ${typeof x === 'string' ? x : JSON.stringify(x)}`) : [`${k}: ${JSON.stringify(v)}`]));
    for (const item of items.slice(0, 8)) out.push(`  ${(typeof item === 'string' ? item : JSON.stringify(item)).replace(/\s+/g, ' ').slice(0, 240)}`);
    if (items.length > 8) out.push(`  … ${items.length - 8} more`);
  }

  out.push('', `== what the users did (${f.loadSeconds.toFixed(0)} s of load) ==`);
  const actions = [...f.memory.actions.entries()].sort(([a], [b]) => a.localeCompare(b));
  out.push(table([['action', 'requests', 'answers'], ...actions.map(([action, m]) => [action, [...m.values()].reduce((a, b) => a + b, 0), counts(m)])]));
  for (const [action, list] of f.memory.surprises) out.push(`  unexpected ${action}: ${list.join(' | ')}`);
  const records = f.requests.records;
  out.push(
    `requests sent ${records.length} (attempts), retried requests ${f.requests.retriedRequests} (${f.requests.retries} retries), ` +
      `timed out ${records.filter((r) => r.outcome === 'timeout').length}, refused ${records.filter((r) => r.outcome === 'refused' || r.outcome === 503).length}`,
  );

  out.push('', '== faults ==');
  out.push(
    table([
      ['#', 'at s', 'fault', 'action s', 'recovered s', 'note'],
      ...f.faults.map((x, i) => [
        i + 1,
        seconds(x.startedAt - f.loadStartedAt),
        `${x.kind} ${x.target}`,
        seconds(x.actionMs),
        seconds(x.recoveryMs),
        [x.error?.split('\n')[0], x.notReadyBefore?.length ? `not ready before: ${x.notReadyBefore.join(', ')}` : undefined].filter(Boolean).join('; '),
      ]),
    ]),
  );
  out.push(
    'recovery (kill -9 → ready; others: fault start → every service ready), seconds: ' +
      Object.entries(recoveries(f.faults))
        .map(([k, ms]) => `${k} ${ms.map((m) => (m / 1000).toFixed(1)).join('/')}`)
        .join(', '),
  );

  out.push('', '== latency, ms (attempts; "during faults" leaves out requests to a service while it was down) ==');
  out.push(
    table([
      ['', 'requests', 'p50', 'p99', 'max', 'timed out', 'failed'],
      latencyRow('quiet', f.latency.quiet),
      latencyRow('during faults', f.latency.duringFaults),
      ...Object.entries(f.latency.byService).flatMap(([s, x]) => [latencyRow(`  ${s} quiet`, x.quiet), latencyRow(`  ${s} faults`, x.duringFaults)]),
      ...Object.entries(f.latency.byFault).map(([k, x]) => latencyRow(`  during ${k}`, x)),
    ]),
  );
  const down = f.latency.toDownService;
  out.push(`to a service while it was down: ${down.requests} attempts, refused ${down.refused}, timed out ${down.timedOut}`);

  out.push('', '== what the system holds ==');
  out.push(
    table([
      ['hazard reports', counts(f.outcomes.reportsByStatus) || 'none'],
      ['rewards', counts(f.outcomes.rewardsByStatus) || 'none'],
      ['nominations', counts(f.outcomes.nominationsByStatus) || 'none'],
      ['shutdown (SIGTERM)', Object.entries(f.outcomes.shutdown).map(([n, s]) => `${n} ${seconds(s.ms)} s${s.killed ? ' killed' : ''}`).join(', ')],
      ['quiet', f.quiet.reached ? `reached ${seconds(f.quiet.ms)} s after the load stopped` : `not reached in ${seconds(f.quiet.ms)} s`],
    ]),
  );
  out.push('', '== service log lines at warn and above (top 5 each) ==');
  for (const name of SERVICE_NAMES) {
    const warnings = Object.entries(f.system.services[name].warnings()).sort(([, a], [, b]) => b - a);
    const total = warnings.reduce((sum, [, n]) => sum + n, 0);
    out.push(`${name}: ${total}`);
    for (const [msg, n] of warnings.slice(0, 5)) out.push(`  ${String(n).padStart(5)}  ${msg}`);
  }
  return out.join('\n');
}

export function reportJson(f: SoakFigures): Record<string, unknown> {
  const records = f.requests.records;
  return {
    pass: f.checks.every((c) => c.pass),
    settings: f.settings,
    serverPorts: f.ports,
    loadSeconds: Number(f.loadSeconds.toFixed(1)),
    checks: f.checks,
    actions: Object.fromEntries([...f.memory.actions.entries()].map(([a, m]) => [a, Object.fromEntries(m)])),
    unexpectedAnswers: Object.fromEntries(f.memory.surprises),
    requests: {
      attempts: records.length,
      retriedRequests: f.requests.retriedRequests,
      retries: f.requests.retries,
      timedOut: records.filter((r) => r.outcome === 'timeout').length,
    },
    faults: f.faults.map((x) => ({ ...x, atSeconds: Number(((x.startedAt - f.loadStartedAt) / 1000).toFixed(1)) })),
    recoveryMs: recoveries(f.faults),
    latency: f.latency,
    quiet: f.quiet,
    outcomes: f.outcomes,
    serviceRestarts: Object.fromEntries(SERVICE_NAMES.map((n) => [n, f.system.services[n].starts - 1])),
    serviceWarnings: Object.fromEntries(SERVICE_NAMES.map((n) => [n, f.system.services[n].warnings()])),
  };
}
