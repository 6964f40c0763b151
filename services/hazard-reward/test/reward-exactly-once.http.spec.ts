import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { physicalTopic } from '@lc/messaging';
import { Json, RunningService, startService, waitFor } from '@lc/testing';
import { HazardCity, Person, startHazardCity } from './fixtures/hazard-city';

const REPORTS = 30;
const COPIES = 6;

/**
 * Exactly-once rewards: every hazard.confirmed event is delivered many more times, under its own id
 * and under new ids, on every partition, to two instances of the service at once, and one instance is
 * killed (SIGKILL) in the middle and started again. Each report still gets one reward, one 'issued'
 * and one 'paid' ledger entry, and the budget is charged once.
 */
describe('hazard rewards exactly once', () => {
  let h: HazardCity;
  let second: RunningService | undefined;
  let third: RunningService | undefined;
  let verifier: Person;
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

  beforeAll(async () => {
    h = await startHazardCity();
    const cityCadre = await h.person('city_union_cadre', 'city');
    verifier = await h.person('enterprise_union_cadre', 'ent-a1');
    await h.setUpRewards(cityCadre, 'city', { budgetYuan: 1_000_000 });
  });

  afterAll(async () => {
    await Promise.all([second?.stop(), third?.stop()]);
    await h?.stop();
  });

  it('issues and pays each reward once through redelivery, concurrency and a crash', async () => {
    const env = h.city.hazardRewardEnvironment as Record<string, string>;
    const reports: Json[] = [];
    for (let n = 1; n <= REPORTS; n++) reports.push((await h.report(await h.worker('team-a1a', 100 + n))).body);
    second = await startService('hazard-reward', env);

    // The confirmations, through the API: each writes one hazard.confirmed to the outbox.
    await Promise.all(
      reports.map(async (r) => {
        const res = await h.api(verifier.token).post(`/hazard-reports/${r.id}/verification`, { outcome: 'confirmed', grade: 'general' });
        expect(res.status).toBe(200);
      }),
    );
    const confirmed = await waitFor('the confirmations in the outbox', async () => {
      const rows = await h.sql<{ envelope: Json }>(`SELECT envelope FROM hazard_reward.outbox WHERE event_type = 'hazard.confirmed'`);
      return rows.length === REPORTS ? rows.map((r) => r.envelope) : undefined;
    });

    // Many more deliveries of each: the same event id again, and copies under new ids (as a producer
    // that lost its acknowledgement would send), keyed at random so that they land on every partition.
    const kafka = new Kafka({ clientId: 'exactly-once-test', brokers: (process.env.KAFKA_BROKERS as string).split(','), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    const topic = physicalTopic('hazard-reward.hazards', env.KAFKA_TOPIC_PREFIX);
    const copies = confirmed.flatMap((envelope) =>
      Array.from({ length: COPIES }, (_, i) => ({
        key: randomUUID(),
        value: JSON.stringify(i % 2 === 0 ? envelope : { ...envelope, eventId: randomUUID() }),
      })),
    );
    const sending = Promise.all(
      Array.from({ length: 6 }, (_, i) => producer.send({ topic, messages: copies.filter((_, j) => j % 6 === i) })),
    );

    // Kill the first instance as soon as rewards are being made, then start it again.
    await waitFor('rewards to be in the making', async () => (await h.sql(`SELECT 1 FROM hazard_reward.rewards LIMIT 1`)).length > 0, {
      intervalMs: 20,
    });
    h.city.hazardReward?.process.kill('SIGKILL');
    const [{ paidAtKill }] = await h.sql<{ paidAtKill: number }>(`SELECT count(*)::int AS "paidAtKill" FROM hazard_reward.rewards WHERE status = 'paid'`);
    expect(paidAtKill).toBeLessThan(REPORTS);
    await sending;
    await producer.disconnect();
    third = await startService('hazard-reward', env);

    await waitFor(
      'every reward paid',
      async () => (await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM hazard_reward.rewards WHERE status = 'paid'`))[0].n === REPORTS,
      { timeoutMs: 120_000 },
    );
    // Let any straggling delivery arrive before counting.
    await new Promise((r) => setTimeout(r, 3000));

    const [counts] = await h.sql<Json>(
      `SELECT (SELECT count(*)::int FROM hazard_reward.rewards) AS rewards,
              (SELECT count(DISTINCT report_id)::int FROM hazard_reward.rewards) AS reports,
              (SELECT count(*)::int FROM hazard_reward.ledger_entries WHERE kind = 'issued') AS issued,
              (SELECT count(*)::int FROM hazard_reward.ledger_entries WHERE kind = 'paid') AS paid,
              (SELECT committed_fen FROM hazard_reward.reward_budgets WHERE issuing_unit_id = 'city') AS committed,
              (SELECT count(*)::int FROM hazard_reward.outbox WHERE event_type = 'reward.issued') AS issued_events,
              (SELECT count(*)::int FROM hazard_reward.outbox WHERE event_type = 'reward.paid') AS paid_events,
              (SELECT count(*)::int FROM hazard_reward.audit_log WHERE action = 'reward.created') AS created_entries`,
    );
    expect(counts).toEqual({
      rewards: REPORTS,
      reports: REPORTS,
      issued: REPORTS,
      paid: REPORTS,
      committed: String(REPORTS * 100 * 100),
      issued_events: REPORTS,
      paid_events: REPORTS,
      created_entries: REPORTS,
    });
    // The copies under new event ids reached the handler and were refused by the one-reward-per-report rule.
    const [{ handled }] = await h.sql<{ handled: number }>(
      `SELECT count(*)::int AS handled FROM hazard_reward.inbox WHERE consumer = 'hazard-reward.rewards' AND event_type = 'hazard.confirmed'`,
    );
    expect(handled).toBeGreaterThan(REPORTS);
  });

  it('refuses a second reward for a report and a second ledger entry of a kind at the database', async () => {
    const [reward] = await h.sql<Json>(`SELECT * FROM hazard_reward.rewards LIMIT 1`);
    await expect(
      h.sql(
        `INSERT INTO hazard_reward.rewards (id, report_id, budget_year, amount_fen, status, created_at) VALUES ($1, $2, $3, 1, 'queued', now())`,
        [randomUUID(), reward.report_id, year],
      ),
    ).rejects.toThrow(/one_reward_per_report/);
    await expect(
      h.sql(`INSERT INTO hazard_reward.ledger_entries (reward_id, kind, debit_account, credit_account, amount_fen) VALUES ($1, 'paid', 'a', 'b', 1)`, [reward.id]),
    ).rejects.toThrow(/one_ledger_entry_per_reward_and_kind/);
    await expect(
      h.sql(`UPDATE hazard_reward.reward_budgets SET committed_fen = total_fen + 1 WHERE issuing_unit_id = 'city'`),
    ).rejects.toThrow(/reward_budget_never_overdrawn/);
  });
});
