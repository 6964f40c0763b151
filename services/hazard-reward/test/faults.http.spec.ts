import { Client } from 'pg';
import { deadLetterCounts, Json, restartService, RunningService, waitFor } from '@lc/testing';
import { HazardCity, Person, startHazardCity } from './fixtures/hazard-city';

const REPORTS = 40;

/**
 * The service under faults. A row held by a stuck transaction elsewhere fails one request after the
 * lock timeout, with 503 and a reason, and wedges nothing. SIGTERM while rewards are being made and
 * requests are being answered: the service stops taking requests and messages, lets what is in flight
 * finish, and exits within its shutdown time, without a single dead letter; started again, it
 * finishes the rest, each reward once.
 */
describe('the hazard-reward service under faults', () => {
  let h: HazardCity;
  let verifier: Person;
  let restarted: RunningService | undefined;

  beforeAll(async () => {
    h = await startHazardCity({ DB_LOCK_TIMEOUT_MS: '1000' });
    const cityCadre = await h.person('city_union_cadre', 'city');
    verifier = await h.person('enterprise_union_cadre', 'ent-a1');
    await h.setUpRewards(cityCadre, 'city', { budgetYuan: 1_000_000 });
  });

  afterAll(async () => {
    await restarted?.stop();
    await h?.stop();
  });

  it('answers 503 saying why when a row it needs is held elsewhere past the lock timeout, and goes on when it is free', async () => {
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const cityCadre = await h.person('city_union_cadre', 'city');
    const budget = () => h.api(cityCadre.token).put(`/reward-budgets/city/${year}`, { totalYuan: 1_000_000 });
    // A transaction of someone else's that holds the budget row and waits on something forever.
    const stuck = new Client({ connectionString: h.city.databaseUrl });
    await stuck.connect();
    try {
      await stuck.query('BEGIN');
      await stuck.query(`SELECT * FROM hazard_reward.reward_budgets WHERE issuing_unit_id = 'city' FOR UPDATE`);
      const started = Date.now();
      const refused = await budget();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(refused.body.message).toBe('the record is being changed by another request and was not free in time; try again in a moment');
      // Meanwhile everything else is served.
      expect((await h.api(verifier.token).get('/hazard-reports?unitId=ent-a1')).status).toBe(200);
      expect((await fetch(`${h.city.hazardReward!.url}/health/ready`)).status).toBe(200);
    } finally {
      await stuck.query('ROLLBACK');
      await stuck.end();
    }
    expect((await budget()).status).toBe(200);
  });

  it('finishes what is in flight, exits within 10 s on SIGTERM, dead-letters nothing, and the next start makes each reward once', async () => {
    const service = h.city.hazardReward as RunningService;
    const reports: Json[] = [];
    for (let n = 1; n <= REPORTS; n++) reports.push((await h.report(await h.worker('team-a1a', 200 + n))).body);
    await Promise.all(
      reports.map(async (r) => {
        const res = await h.api(verifier.token).post(`/hazard-reports/${r.id}/verification`, { outcome: 'confirmed', grade: 'general' });
        expect(res.status).toBe(200);
      }),
    );
    await waitFor('rewards to be in the making', async () => (await h.sql(`SELECT 1 FROM hazard_reward.rewards LIMIT 1`)).length > 0, { intervalMs: 20 });

    // Requests in flight when the signal comes; more after it.
    const answers: Promise<number>[] = [];
    const ask = () =>
      answers.push(
        fetch(`${service.url}/hazard-reports?unitId=ent-a1`, { headers: { authorization: `Bearer ${verifier.token}` } }).then(
          (res) => res.status,
          () => 0, // refused: the service no longer accepts connections
        ),
      );
    for (let i = 0; i < 5; i++) ask();
    const signalledAt = Date.now();
    service.process.kill('SIGTERM');
    for (let i = 0; i < 5; i++) ask();
    const code = await service.exited;
    const tookMs = Date.now() - signalledAt;

    expect(code).toBe(0);
    expect(tookMs).toBeLessThan(10_000);
    const statuses = await Promise.all(answers);
    // Every request got its answer or was refused a connection; none failed half-way with a 5xx.
    expect(statuses.filter((s) => s !== 200 && s !== 0)).toEqual([]);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(service.output()).not.toMatch(/dead-lettered|Cannot use a pool after calling end/);
    expect(await deadLetterCounts(h.city.topicPrefix)).toEqual({});
    // Nothing was left holding a transaction open.
    expect(await h.sql(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`)).toEqual([]);

    restarted = await restartService(service);
    await waitFor(
      'every reward paid',
      async () => (await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM hazard_reward.rewards WHERE status = 'paid'`))[0].n === REPORTS,
      { timeoutMs: 120_000 },
    );
    const [counts] = await h.sql<Json>(
      `SELECT (SELECT count(*)::int FROM hazard_reward.rewards) AS rewards,
              (SELECT count(*)::int FROM hazard_reward.ledger_entries WHERE kind = 'paid') AS paid,
              (SELECT committed_fen FROM hazard_reward.reward_budgets WHERE issuing_unit_id = 'city') AS committed`,
    );
    expect(counts).toEqual({ rewards: REPORTS, paid: REPORTS, committed: String(REPORTS * 100 * 100) });
    expect(await deadLetterCounts(h.city.topicPrefix)).toEqual({});
  });
});
