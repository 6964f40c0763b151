/**
 * Throttling after repeated failed logins, as a pure state transition the login use case stores per
 * (login name, client address). Counting per pair, not per account, means nobody can keep someone
 * else's account shut: a guesser only shuts their own address out of that name, while its owner logs
 * in from theirs. The per-address limit on all attempts bounds guessing across many names.
 */
export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export interface LoginFailureState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

export const defaultLockoutPolicy: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

export function isLocked(state: LoginFailureState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

export function afterFailedLogin(state: LoginFailureState, now: Date, policy = defaultLockoutPolicy): LoginFailureState {
  // A lock that has run out starts a fresh count.
  const failures = (state.lockedUntil && !isLocked(state, now) ? 0 : state.failedAttempts) + 1;
  if (failures >= policy.maxFailures) {
    return { failedAttempts: failures, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000) };
  }
  return { failedAttempts: failures, lockedUntil: null };
}

export const afterSuccessfulLogin = (): LoginFailureState => ({ failedAttempts: 0, lockedUntil: null });
