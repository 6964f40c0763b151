import { Client } from 'pg';
import { machineTicks, processCpuMs, startBackendCpuMeter } from './cpu';
import { round1 } from './timing';
import { SAMPLE_EVERY_MS, startWaitSampler, WaitProfile } from './wait-sampler';

/** Where the CPU went during one measured phase, and what the database's connections waited on. */
export interface PhaseObservation {
  /** The hazard-reward process; null for the baselines, which do not go through it. */
  serviceCpuMs: number | null;
  /** The Postgres backends of the benchmark's database (the service's and registration's, or the baseline's pool). */
  postgresCpuMs: number;
  /** This process: the HTTP clients or the baseline's pool. It shares the machine with the rest. */
  benchCpuMs: number;
  /** How busy the machine's cores were, every process counted (other work on the machine too). */
  machineCpuBusyPercent: number;
  waits: WaitProfile;
}

/**
 * Starts watching a phase. `monitor` is a connection of the benchmark's own (it and the pids in
 * `ignore` are left out of the database's figures: they watch, they do not do the work).
 */
export async function startObservingPhase(options: { databaseUrl: string; monitor: Client; ignore: readonly number[]; servicePid?: number }) {
  const sampler = await startWaitSampler(options.databaseUrl, options.ignore);
  const ignore = [...options.ignore, sampler.pid];
  const backends = await startBackendCpuMeter(options.monitor, ignore);
  const serviceBefore = options.servicePid === undefined ? undefined : processCpuMs(options.servicePid);
  const benchBefore = process.cpuUsage();
  const machineBefore = machineTicks();
  return {
    stop: async (): Promise<PhaseObservation> => {
      const machineAfter = machineTicks();
      const bench = process.cpuUsage(benchBefore);
      const serviceAfter = options.servicePid === undefined ? undefined : processCpuMs(options.servicePid);
      const postgresCpuMs = await backends.stop();
      const waits = await sampler.stop();
      return {
        serviceCpuMs: serviceBefore === undefined || serviceAfter === undefined ? null : serviceAfter - serviceBefore,
        postgresCpuMs,
        benchCpuMs: (bench.user + bench.system) / 1000,
        machineCpuBusyPercent: round1((100 * (machineAfter.busy - machineBefore.busy)) / Math.max(1, machineAfter.total - machineBefore.total)),
        waits,
      };
    },
  };
}

const perReport = (ms: number, reports: number) => round1(ms / Math.max(1, reports));

/** The observation as printed: totals and per report (`reports` written in the phase). */
export function observationFigures(o: PhaseObservation, reports: number) {
  return {
    ...(o.serviceCpuMs === null
      ? {}
      : { serviceCpuSeconds: Number((o.serviceCpuMs / 1000).toFixed(2)), serviceCpuMsPerReport: perReport(o.serviceCpuMs, reports) }),
    postgresCpuMsPerReport: perReport(o.postgresCpuMs, reports),
    benchProcessCpuMsPerReport: perReport(o.benchCpuMs, reports),
    machineCpuBusyPercent: o.machineCpuBusyPercent,
    waits: {
      sampledEveryMs: SAMPLE_EVERY_MS,
      samples: o.waits.samples,
      meanSampleIntervalMs: o.waits.meanSampleIntervalMs,
      lockWaitMs: o.waits.lockWaitMs,
      lockWaitMsPerReport: perReport(o.waits.lockWaitMs, reports),
      lwlockWaitMs: o.waits.lwlockWaitMs,
      lwlockWaitMsPerReport: perReport(o.waits.lwlockWaitMs, reports),
      connectionMsByState: o.waits.byState,
      lockWaitMsByStatement: o.waits.lockWaitsByStatement,
    },
  };
}
