import { backoffDelay, retryUntilDone } from './backoff';

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

describe('retryUntilDone', () => {
  const policy = { initialMs: 1, maxMs: 1, jitter: 0 };

  it('tries again after each failure until the work succeeds', async () => {
    let calls = 0;
    const failures: number[] = [];
    await retryUntilDone(
      async () => {
        calls += 1;
        if (calls < 3) throw new Error(`attempt ${calls}`);
      },
      { stopped: () => false, onFailure: (_err, delay) => void failures.push(delay), policy },
    );
    expect(calls).toBe(3);
    expect(failures).toEqual([1, 1]);
  });

  it('gives up once it is told to stop', async () => {
    let calls = 0;
    await retryUntilDone(
      async () => {
        calls += 1;
        throw new Error('never works');
      },
      { stopped: () => calls >= 2, onFailure: () => undefined, policy },
    );
    expect(calls).toBe(2);
  });
});
