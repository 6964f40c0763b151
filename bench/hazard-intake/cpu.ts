import { readFileSync } from 'node:fs';
import { Client } from 'pg';

/** Clock ticks per second of /proc's CPU counters (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU milliseconds (user + system) a process has used so far; undefined once it is gone. */
export function processCpuMs(pid: number | undefined): number | undefined {
  try {
    // The command name may hold spaces and parentheses: the fields start after its last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND; // utime, stime
  } catch {
    return undefined;
  }
}

/** The peak resident memory of a process since it started (VmHWM), in MiB. */
export function peakMemoryMiB(pid: number | undefined): number {
  const kib = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return Math.round(kib / 1024);
}

/** Busy and total CPU ticks of the whole machine, all cores, from /proc/stat. */
export function machineTicks(): { busy: number; total: number } {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const ticks = values.slice(0, 8).map(Number); // user nice system idle iowait irq softirq steal
  const total = ticks.reduce((a, b) => a + b, 0);
  return { busy: total - ticks[3] - ticks[4], total };
}

/**
 * The Postgres backends serving the client's database (the benchmark's own, fresh one), but for the
 * connections named in `ignore` (the benchmark's own monitoring).
 */
export async function databaseBackendPids(sql: Client, ignore: readonly number[]): Promise<number[]> {
  const { rows } = await sql.query(
    `SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> ALL($1::int[])`,
    [ignore],
  );
  return rows.map((r) => Number(r.pid));
}

/**
 * Counts the CPU the database's backends use from now until `stop`: for every backend there at the
 * end, its CPU then less its CPU now (0 for a connection opened meanwhile). A backend whose connection
 * closed during the phase is lost; the pools involved keep theirs while they are busy.
 */
export async function startBackendCpuMeter(sql: Client, ignore: readonly number[]) {
  const before = new Map<number, number>();
  for (const pid of await databaseBackendPids(sql, ignore)) before.set(pid, processCpuMs(pid) ?? 0);
  return {
    stop: async (): Promise<number> => {
      let used = 0;
      for (const pid of await databaseBackendPids(sql, ignore)) {
        const now = processCpuMs(pid);
        if (now !== undefined) used += now - (before.get(pid) ?? 0);
      }
      return used;
    },
  };
}
