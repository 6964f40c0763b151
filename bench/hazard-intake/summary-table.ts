import { Latency } from './timing';

/** One measured phase as a line of the summary. */
export interface SummaryRow {
  phase: string;
  reports: number;
  reportsPerSecond: number;
  latencyMs: Latency | null;
  serviceCpuMsPerReport?: number;
  postgresCpuMsPerReport: number;
  waits: { lockWaitMsPerReport: number; lwlockWaitMsPerReport: number };
  machineCpuBusyPercent: number;
}

const HEADINGS = ['', 'reports', 'reports/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'svc CPU ms/r', 'pg CPU ms/r', 'Lock ms/r', 'LWLock ms/r', 'machine busy'];

function cells(row: SummaryRow): string[] {
  const l = row.latencyMs;
  const n = (value: number | undefined) => (value === undefined ? '-' : String(value));
  return [
    row.phase,
    String(row.reports),
    n(row.reportsPerSecond),
    n(l?.p50),
    n(l?.p95),
    n(l?.p99),
    n(l?.max),
    n(row.serviceCpuMsPerReport),
    n(row.postgresCpuMsPerReport),
    n(row.waits.lockWaitMsPerReport),
    n(row.waits.lwlockWaitMsPerReport),
    `${row.machineCpuBusyPercent}%`,
  ];
}

/** The phases as an aligned text table (first column left, figures right), then the notes, one a line. */
export function summaryTable(rows: SummaryRow[], notes: string[]): string {
  const table = [HEADINGS, ...rows.map(cells)];
  const widths = HEADINGS.map((_, i) => Math.max(...table.map((line) => line[i].length)));
  const lines = table.map((line) => line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  return [...lines, '', ...notes].join('\n');
}
