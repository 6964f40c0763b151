/**
 * The faults, one after another with pauses between them, while the users act: kill -9 of each
 * service in turn (then started again, and timed until it is ready), a restart of the Kafka broker,
 * a restart of the Temporal server, and Postgres frozen for a few seconds (SIGSTOP of the postmaster
 * and every backend, then SIGCONT). Each fault is recorded from its start until every service is
 * ready again, so the figures can tell requests made during a fault from those made in quiet times.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InfraPart, SoakInfra } from './infra';
import { errorText, Log, sleep, sleepUnless } from './log';
import { SoakSettings } from './settings';
import { SERVICE_NAMES, ServiceName, SoakSystem } from './system';

export type FaultKind = 'kill -9' | 'restart broker' | 'restart temporal' | 'pause postgres';

export interface FaultRecord {
  kind: FaultKind;
  /** The service killed, or the server restarted or paused. */
  target: ServiceName | InfraPart;
  startedAt: number;
  /** When every service answered ready again (or the wait gave up). */
  endedAt?: number;
  /** kill -9 → ready for a killed service; the fault's start → every service ready for the others. */
  recoveryMs?: number;
  /** How long the action itself took (infra.sh restart, the pause). */
  actionMs?: number;
  /** Services that were not ready when a server fault began (and so were not waited for after it). */
  notReadyBefore?: ServiceName[];
  error?: string;
}

const SCHEDULE: { kind: FaultKind; target: ServiceName | InfraPart }[] = [
  { kind: 'kill -9', target: 'registration' },
  { kind: 'restart broker', target: 'kafka' },
  { kind: 'kill -9', target: 'hazard-reward' },
  { kind: 'pause postgres', target: 'postgres' },
  { kind: 'kill -9', target: 'awards' },
  { kind: 'restart temporal', target: 'temporal' },
  { kind: 'kill -9', target: 'assessment' },
];

export const FAULT_KINDS_PER_CYCLE = SCHEDULE.length;
/** How long a killed service may take to be ready again. */
const RECOVERY_TIMEOUT_MS = 120_000;
/** How long the services may take to be ready again after a server fault. */
const ALL_READY_TIMEOUT_MS = 60_000;
const FIRST_ROUND_GRACE_MS = 90_000;
const FIRST_GUESS_FAULT_MS = 8_000;
const MIN_PAUSE_MS = 2_000;

/** The postmaster and all its children (backends, background workers), from /proc. */
function postgresProcesses(dataDir: string): number[] {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  if (!Number.isInteger(postmaster) || postmaster <= 0) throw new Error(`no postmaster pid in ${dataDir}/postmaster.pid`);
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return [postmaster, ...children];
}

function signal(pids: number[], sig: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
      // Gone already (a backend whose client left).
    }
  }
}

export class Chaos {
  readonly faults: FaultRecord[] = [];
  private current: FaultRecord | null = null;
  private frozen: number[] = [];
  /** When Postgres was frozen (epoch ms), the one in progress last with no end yet. */
  private readonly freezes: { from: number; to?: number }[] = [];
  private stopped = false;

  constructor(
    private readonly infra: SoakInfra,
    private readonly system: SoakSystem,
    private readonly settings: SoakSettings,
    private readonly log: Log,
  ) {}

  /** The fault going on now, as `kind target`, for the request records. */
  currentFault(): string | null {
    return this.current ? `${this.current.kind} ${this.current.target}` : null;
  }

  /**
   * Runs faults until `deadline` (epoch ms). The pauses shrink when the run is short, so that every
   * kind of fault fits at least once; the first round is always completed, even a little past the
   * deadline, so that a short run still has one of each.
   */
  async run(deadline: number, warmUpMs: number): Promise<void> {
    await sleepUnless(warmUpMs, () => this.stopped);
    let n = 0;
    // Past the deadline only to finish the first round, and not for long (a wedged service slows faults down).
    while (!this.stopped && (Date.now() < deadline || (n < SCHEDULE.length && Date.now() < deadline + FIRST_ROUND_GRACE_MS))) {
      const fault = SCHEDULE[n % SCHEDULE.length];
      await this.inflict(fault.kind, fault.target);
      n++;
      const done = this.faults.filter((f) => f.endedAt !== undefined);
      const perFaultMs = done.length ? done.reduce((sum, f) => sum + (f.endedAt! - f.startedAt), 0) / done.length : FIRST_GUESS_FAULT_MS;
      const leftInRound = SCHEDULE.length - (n % SCHEDULE.length || SCHEDULE.length);
      const pauseMs =
        leftInRound === 0
          ? this.settings.faultPauseMaxSeconds * 1000
          : Math.min(this.settings.faultPauseMaxSeconds * 1000, Math.max(MIN_PAUSE_MS, (deadline - Date.now() - leftInRound * perFaultMs) / leftInRound));
      await sleepUnless(pauseMs, () => this.stopped || (Date.now() >= deadline && n >= SCHEDULE.length));
    }
  }

  /** Ends the fault loop after the fault in progress; thaws Postgres if it is frozen. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.thaw();
  }

  /** Whatever happens to the soak, Postgres must not stay frozen: safe to call at any time. */
  thaw(): void {
    if (this.frozen.length === 0) return;
    signal([...this.frozen].reverse(), 'SIGCONT');
    this.frozen = [];
    const last = this.freezes[this.freezes.length - 1];
    if (last && last.to === undefined) last.to = Date.now();
  }

  /** The times Postgres was frozen; one still going ends now. */
  frozenWindows(): { from: number; to: number }[] {
    return this.freezes.map((f) => ({ from: f.from, to: f.to ?? Date.now() }));
  }

  private async inflict(kind: FaultKind, target: ServiceName | InfraPart): Promise<void> {
    const record: FaultRecord = { kind, target, startedAt: Date.now() };
    this.faults.push(record);
    this.current = record;
    this.log(`fault: ${kind} ${target}`);
    try {
      if (kind === 'kill -9') {
        const service = this.system.services[target as ServiceName];
        await service.kill9();
        service.spawn();
        record.recoveryMs = await service.waitReady(RECOVERY_TIMEOUT_MS, record.startedAt);
        // The others are not waited for: they were not touched.
      } else {
        // A service that was not ready before (wedged by an earlier fault) is not waited for afterwards.
        const readyBefore = await this.readyServices();
        record.notReadyBefore = SERVICE_NAMES.filter((name) => !readyBefore.includes(name));
        if (kind === 'pause postgres') {
          const pids = postgresProcesses(this.infra.postgresDataDir);
          // The postmaster first, so that it forks no new backend while the others are being stopped.
          this.frozen = pids;
          this.freezes.push({ from: Date.now() });
          signal(pids, 'SIGSTOP');
          await sleep(this.settings.postgresPauseSeconds * 1000);
          this.thaw();
        } else {
          await this.infra.restart(target as InfraPart);
        }
        record.actionMs = Date.now() - record.startedAt;
        record.recoveryMs = await this.allReady(readyBefore, record.startedAt);
      }
    } catch (err) {
      record.error = errorText(err);
      this.log(`fault ${kind} ${target}: ${record.error.split('\n')[0]}`);
    } finally {
      this.thaw();
      record.endedAt = Date.now();
      this.current = null;
      this.log(`fault over: ${kind} ${target}, recovered in ${record.recoveryMs !== undefined ? `${(record.recoveryMs / 1000).toFixed(1)} s` : 'no time (see error)'}`);
    }
  }

  private async readyServices(): Promise<ServiceName[]> {
    const ready = await Promise.all(SERVICE_NAMES.map((name) => this.system.services[name].ready()));
    return SERVICE_NAMES.filter((_, i) => ready[i]);
  }

  /** Waits until each of these services answers ready; ms since `since`. */
  private async allReady(names: ServiceName[], since: number): Promise<number> {
    await Promise.all(names.map((name) => this.system.services[name].waitReady(ALL_READY_TIMEOUT_MS)));
    return Date.now() - since;
  }
}
