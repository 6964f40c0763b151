import { afterFailedLogin, afterSuccessfulLogin, isLocked } from './login-lockout';

const policy = { maxFailures: 3, lockMinutes: 15 };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 9, minute));

describe('account lockout', () => {
  it('locks the account for the lock period at the last allowed failure', () => {
    let state = afterSuccessfulLogin();
    state = afterFailedLogin(state, at(0), policy);
    state = afterFailedLogin(state, at(1), policy);
    expect(isLocked(state, at(1))).toBe(false);
    state = afterFailedLogin(state, at(2), policy);
    expect(state.lockedUntil).toEqual(at(17));
    expect(isLocked(state, at(16))).toBe(true);
    expect(isLocked(state, at(17))).toBe(false);
  });

  it('starts a fresh count once a lock has run out', () => {
    const locked = { failedAttempts: 3, lockedUntil: at(17) };
    expect(afterFailedLogin(locked, at(30), policy)).toEqual({ failedAttempts: 1, lockedUntil: null });
  });

  it('forgets failures after a successful login', () => {
    expect(afterSuccessfulLogin()).toEqual({ failedAttempts: 0, lockedUntil: null });
  });
});
