/**
 * Request latency in quiet times and during faults. An attempt counts as "during a fault" when it
 * overlaps a fault's window (from the fault's start until every service was ready again); attempts
 * to a service while it was killed and starting again are left out of both, since nobody can answer
 * then (they are the retried ones). Figures per service too.
 */
import { FaultRecord } from './chaos';
import { RequestRecord } from './http';
import { ServiceName } from './system';

export interface LatencyFigures {
  requests: number;
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  timedOut: number;
  /** Answered 5xx, or cut off (connection reset) without an answer. */
  failed: number;
}

export interface LatencyReport {
  quiet: LatencyFigures;
  duringFaults: LatencyFigures;
  /** Attempts to a service that was down (killed, starting again) at the time: not in the two above. */
  toDownService: { requests: number; refused: number; timedOut: number };
  byService: Record<string, { quiet: LatencyFigures; duringFaults: LatencyFigures }>;
  /** p99 during faults by kind of fault. */
  byFault: Record<string, LatencyFigures>;
  /** The slowest attempts during faults, and the faults they overlapped: what a failed latency check names. */
  slowestDuringFaults: SlowAttempt[];
}

export interface SlowAttempt {
  action: string;
  service: ServiceName;
  ms: number;
  outcome: RequestRecord['outcome'];
  attempt: number;
  /** Epoch ms when the attempt started. */
  at: number;
  faults: string[];
}

const SLOWEST_KEPT = 3;

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
}

export function figuresOf(records: RequestRecord[]): LatencyFigures {
  const sorted = records.map((r) => r.ms).sort((a, b) => a - b);
  return {
    requests: records.length,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length ? Math.round(sorted[sorted.length - 1]) : null,
    timedOut: records.filter((r) => r.outcome === 'timeout').length,
    failed: records.filter((r) => r.outcome === 'lost' || (typeof r.outcome === 'number' && r.outcome >= 500)).length,
  };
}

export function latencyReport(records: RequestRecord[], faults: FaultRecord[]): LatencyReport {
  const windows = faults.map((f) => ({ fault: f, from: f.startedAt, to: f.endedAt ?? Date.now() }));
  const quiet: RequestRecord[] = [];
  const during: RequestRecord[] = [];
  const down: RequestRecord[] = [];
  const byFault = new Map<string, RequestRecord[]>();
  const faultsOf = new Map<RequestRecord, string[]>();
  for (const r of records) {
    const end = r.at + r.ms;
    const overlapping = windows.filter((w) => r.at <= w.to && end >= w.from);
    if (overlapping.length === 0) {
      quiet.push(r);
    } else if (overlapping.some((w) => w.fault.kind === 'kill -9' && w.fault.target === r.service)) {
      down.push(r);
    } else {
      during.push(r);
      faultsOf.set(r, overlapping.map((w) => `${w.fault.kind} ${w.fault.target}`));
      for (const w of overlapping) {
        const key = `${w.fault.kind} ${w.fault.target}`;
        const list = byFault.get(key) ?? [];
        list.push(r);
        byFault.set(key, list);
      }
    }
  }
  const services = [...new Set(records.map((r) => r.service))].sort() as ServiceName[];
  return {
    quiet: figuresOf(quiet),
    duringFaults: figuresOf(during),
    toDownService: {
      requests: down.length,
      refused: down.filter((r) => r.outcome === 'refused' || r.outcome === 503).length,
      timedOut: down.filter((r) => r.outcome === 'timeout').length,
    },
    byService: Object.fromEntries(
      services.map((s) => [s, { quiet: figuresOf(quiet.filter((r) => r.service === s)), duringFaults: figuresOf(during.filter((r) => r.service === s)) }]),
    ),
    byFault: Object.fromEntries([...byFault.entries()].map(([k, rs]) => [k, figuresOf(rs)])),
    slowestDuringFaults: [...during]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SLOWEST_KEPT)
      .map((r) => ({ action: r.action, service: r.service, ms: Math.round(r.ms), outcome: r.outcome, attempt: r.attempt, at: r.at, faults: faultsOf.get(r) ?? [] })),
  };
}
