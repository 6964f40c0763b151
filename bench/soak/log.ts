/**
 * Progress lines on stderr, stamped with the seconds since the soak began: stdout is kept for the
 * figures (the table and the final JSON object), so that a caller can pipe them on.
 */
const began = Date.now();

export type Log = (message: string) => void;

export const log: Log = (message) => {
  const seconds = ((Date.now() - began) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[soak ${seconds}s] ${message}\n`);
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** A sleep that ends early when `stopped()` turns true, checked every 100 ms, so loops stop promptly. */
export async function sleepUnless(ms: number, stopped: () => boolean): Promise<void> {
  const until = Date.now() + ms;
  while (!stopped() && Date.now() < until) await sleep(Math.min(100, until - Date.now()));
}

export function errorText(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${err.message}: ${cause.message}` : err.message;
  }
  return String(err);
}
