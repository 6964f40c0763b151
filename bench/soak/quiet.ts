/**
 * Waiting for quiet once the users stop: until nothing is still on its way (no outbox row unsent, no
 * consumer behind, every confirmed hazard with its reward, every issued reward paid, no workflow start
 * pending, no audit entry unsealed, no publicity period over without its conferral), or the time is
 * up. Reconciling before that would count work in flight as missing. Tables and columns that newer
 * code brings (workflow_outbox) are looked for, not required.
 */
import { Sql, SCHEMAS } from './db';
import { SoakKafka } from './kafka';
import { errorText, Log, sleep } from './log';

export interface QuietResult {
  reached: boolean;
  /** Given up early: nothing pending moved for the stall time. */
  stalled?: boolean;
  ms: number;
  /** What was still on its way at the last look (all zero when quiet). */
  pending: Record<string, number>;
  error?: string;
}

async function pendingWork(sql: Sql, kafka: SoakKafka): Promise<Record<string, number>> {
  const pending: Record<string, number> = {};
  for (const schema of Object.values(SCHEMAS)) {
    if (await sql.exists(schema, 'outbox')) {
      pending[`${schema}: outbox rows unsent`] = (await sql(`SELECT count(*)::int AS n FROM ${schema}.outbox WHERE sent_at IS NULL`))[0].n;
    }
    if (await sql.exists(schema, 'workflow_outbox', 'done_at')) {
      pending[`${schema}: workflow starts pending`] = (await sql(`SELECT count(*)::int AS n FROM ${schema}.workflow_outbox WHERE done_at IS NULL`))[0].n;
    }
    if (await sql.exists(schema, 'audit_log')) {
      pending[`${schema}: audit entries unsealed`] = (await sql(`SELECT count(*)::int AS n FROM ${schema}.audit_log WHERE seq IS NULL`))[0].n;
    }
  }
  const [hazard] = await sql(`
    SELECT (SELECT count(*)::int FROM hazard_reward.hazard_reports r
             WHERE r.status = 'confirmed' AND NOT EXISTS (SELECT 1 FROM hazard_reward.rewards w WHERE w.report_id = r.id)) AS unrewarded,
           (SELECT count(*)::int FROM hazard_reward.rewards WHERE status = 'issued') AS unpaid,
           (SELECT count(*)::int FROM hazard_reward.rewards WHERE status = 'awaiting_approval' AND approval_workflow_id IS NULL) AS unsubmitted`);
  pending['confirmed hazards without a reward'] = hazard.unrewarded;
  pending['issued rewards not paid'] = hazard.unpaid;
  pending['rewards awaiting approval with no chain started'] = hazard.unsubmitted;
  const [{ n: overdue }] = await sql(`SELECT count(*)::int AS n FROM awards.nominations WHERE status = 'publicity' AND publicity_ends_at < now()`);
  pending['publicity periods over, not conferred'] = overdue;
  pending['kafka: messages not consumed'] = (await kafka.consumerLag()).lag;
  return pending;
}

/**
 * Polls every second until nothing is pending, `timeoutMs` passed, or nothing moved for `stallMs`
 * (a wedged consumer does not come back by itself: waiting out the whole timeout adds nothing).
 */
export async function waitForQuiet(sql: Sql, kafka: SoakKafka, { timeoutMs, stallMs }: { timeoutMs: number; stallMs: number }, log: Log): Promise<QuietResult> {
  const started = Date.now();
  let pending: Record<string, number> = {};
  let error: string | undefined;
  let lastSaid = 0;
  let lastChange = Date.now();
  let lastSeen = '';
  while (Date.now() - started < timeoutMs) {
    try {
      pending = await pendingWork(sql, kafka);
      error = undefined;
      const left = Object.entries(pending).filter(([, n]) => n > 0);
      if (left.length === 0) return { reached: true, ms: Date.now() - started, pending };
      const seen = JSON.stringify(left);
      if (seen !== lastSeen) {
        lastSeen = seen;
        lastChange = Date.now();
      } else if (Date.now() - lastChange > stallMs) {
        log(`nothing moved for ${stallMs / 1000} s: giving up on quiet`);
        return { reached: false, stalled: true, ms: Date.now() - started, pending };
      }
      if (Date.now() - lastSaid > 15_000) {
        lastSaid = Date.now();
        log(`waiting for quiet: ${left.map(([what, n]) => `${what} ${n}`).join(', ')}`);
      }
    } catch (err) {
      error = errorText(err);
    }
    await sleep(1000);
  }
  return { reached: false, ms: Date.now() - started, pending, error };
}
