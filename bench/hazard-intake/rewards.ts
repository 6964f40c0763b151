import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { sleep } from './timing';

/** How often the rewards of the tracked reports are looked up. */
export const POLL_MS = 50;

/** A report whose reward is followed, with the moments that matter (epoch ms). */
export interface Tracked {
  reportId: string;
  reportStartedAt: number;
  confirmAnsweredAt?: number;
  issuedAt?: number;
  paidAt?: number;
  status?: string;
}

/**
 * Polls the rewards of the tracked reports, all still unpaid ones in one query every POLL_MS, until
 * every one is paid, or none moved for a while, or the timeout. The moments are the service's own
 * (issued_at, paid_at), so the polling adds nothing to the latencies; it only learns when they are there.
 */
export function startRewardPoller(sql: Client, tracked: Map<string, Tracked>) {
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
      await sleep(Math.max(0, POLL_MS - (performance.now() - started)));
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
        await sleep(POLL_MS);
      }
      stopped = true;
      await done;
      if (failure) throw failure;
    },
  };
}
