export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
  /** Fraction of the delay that is randomised, so that many retrying processes do not move in step. */
  jitter: number;
}

export const defaultBackoff: BackoffPolicy = { initialMs: 200, maxMs: 10_000, jitter: 0.2 };

/** Exponential delay for the n-th consecutive failure (n starts at 1), capped at maxMs. */
export function backoffDelay(failures: number, policy: BackoffPolicy = defaultBackoff, random = Math.random): number {
  const exponent = Math.max(0, failures - 1);
  const base = Math.min(policy.maxMs, policy.initialMs * 2 ** exponent);
  const spread = base * policy.jitter;
  return Math.round(base - spread + random() * 2 * spread);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` until it succeeds, waiting an exponential delay after each failure, or until `stopped()`
 * says to give up (e.g. the process is shutting down). For start-up steps that must outlast an outage.
 */
export async function retryUntilDone(
  work: () => Promise<void>,
  options: {
    stopped: () => boolean;
    onFailure: (err: unknown, retryInMs: number) => Promise<void> | void;
    policy?: BackoffPolicy;
  },
): Promise<void> {
  for (let attempt = 1; !options.stopped(); attempt++) {
    try {
      await work();
      return;
    } catch (err) {
      const delay = backoffDelay(attempt, options.policy);
      await options.onFailure(err, delay);
      await sleep(delay);
    }
  }
}
