/**
 * Reconciliation once the system is quiet, in two halves around the services' shutdown:
 * - while they run: the audit chains (verified through their API), the approval workflows (they
 *   answer their state query only while a worker of their task queue runs), that every service is up,
 *   and the last look for idle transactions;
 * - then the services are stopped as a deployment stops them (SIGTERM), and what a shutdown can spoil
 *   is checked after it: the dead-letter topics and the database (reports, rewards, ledger, honours).
 * Also the outcome counts the report prints.
 */
import { approvalChecks } from './approval-checks';
import { FaultRecord } from './chaos';
import { Check, guarded } from './check';
import { Sql } from './db';
import { IdleTransactionWatch } from './idle-transactions';
import { SoakKafka } from './kafka';
import { LatencyReport } from './latency';
import { ledgerChecks } from './ledger-checks';
import { Log } from './log';
import { WorkloadMemory } from './memory';
import { QuietResult } from './quiet';
import { SoakSettings } from './settings';
import { SoakSystem } from './system';
import { auditCheck, deadLetterCheck, faultCheck, idleCheck, latencyCheck, quietCheck, servicesCheck, shutdownCheck } from './system-checks';

export interface Outcomes {
  reportsByStatus: Record<string, number>;
  rewardsByStatus: Record<string, number>;
  nominationsByStatus: Record<string, number>;
  /** How each service's stop on SIGTERM went. */
  shutdown: Record<string, { ms: number; killed: boolean }>;
}

async function countBy(sql: Sql, table: string): Promise<Record<string, number>> {
  const rows = await sql<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM ${table} GROUP BY status ORDER BY status`);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export async function reconcile(args: {
  sql: Sql;
  kafka: SoakKafka;
  system: SoakSystem;
  settings: SoakSettings;
  temporalAddress: string;
  memory: WorkloadMemory;
  auditorToken: string;
  idle: IdleTransactionWatch;
  latency: LatencyReport;
  /** Epoch ms when the load began: the times the checks name are counted from it. */
  loadStartedAt: number;
  faults: FaultRecord[];
  quiet: QuietResult;
  log: Log;
}): Promise<{ checks: Check[]; outcomes: Outcomes }> {
  const { sql, settings, system, log } = args;

  const servicesUp = await guarded('services: all up at the end', () => servicesCheck(system));
  const audit = await guarded('audit: every chain verifies', () => auditCheck(system, args.auditorToken));
  const approvals = await approvalChecks(sql, args.temporalAddress, settings.prefix, settings.transitionSample);
  await args.idle.stop();
  await args.idle.sampleOnce();

  log('stopping the services (SIGTERM) to check what a shutdown leaves behind');
  const shutdown = await system.stop();
  const deadLetters = await guarded('dead letters: none', () => deadLetterCheck(args.kafka));
  const ledger = await ledgerChecks(sql, args.memory);

  const checks = [
    quietCheck(args.quiet, settings.quietTimeoutMs),
    ...ledger,
    ...approvals,
    ...audit,
    ...deadLetters,
    idleCheck(args.idle),
    latencyCheck(args.latency, settings.p99LimitMs, args.loadStartedAt),
    faultCheck(args.faults),
    ...servicesUp,
    shutdownCheck(shutdown),
  ];
  const outcomes = {
    reportsByStatus: await countBy(sql, 'hazard_reward.hazard_reports').catch(() => ({})),
    rewardsByStatus: await countBy(sql, 'hazard_reward.rewards').catch(() => ({})),
    nominationsByStatus: await countBy(sql, 'awards.nominations').catch(() => ({})),
    shutdown,
  };
  return { checks, outcomes };
}
