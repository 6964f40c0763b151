import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  const policy = { initialMs: 100, maxMs: 1_000, jitter: 0 };

  it('doubles the delay with each consecutive failure', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, policy))).toEqual([100, 200, 400, 800]);
  });

  it('never waits longer than the cap', () => {
    expect(backoffDelay(30, policy)).toBe(1_000);
  });

  it('spreads the delay by the jitter fraction around the base', () => {
    const jittered = { ...policy, jitter: 0.2 };
    expect(backoffDelay(1, jittered, () => 0)).toBe(80);
    expect(backoffDelay(1, jittered, () => 1)).toBe(120);
  });
});
