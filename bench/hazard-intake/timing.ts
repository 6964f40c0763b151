import { performance } from 'node:perf_hooks';

/** Latency percentiles in milliseconds, to a tenth. */
export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function latency(samples: number[]): Latency | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: round1(percentile(sorted, 50)),
    p95: round1(percentile(sorted, 95)),
    p99: round1(percentile(sorted, 99)),
    max: round1(sorted[sorted.length - 1]),
  };
}

/** Runs task(0..count-1) with at most `concurrency` in flight; the wall time in seconds. */
export async function runConcurrently(count: number, concurrency: number, task: (n: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(count, concurrency) }, lane));
  return (performance.now() - started) / 1000;
}

/** Wall-clock milliseconds with the monotonic clock's resolution, comparable with the service's timestamps. */
export const epochMs = () => performance.timeOrigin + performance.now();

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
