import { controlServer, waitFor } from '@lc/testing';
import { HazardCity, Person, startHazardCity } from './fixtures/hazard-city';

/**
 * With Temporal down, nothing is lost: a confirmed hazard's reward is still issued (a database
 * matter), and a rectification plan is still saved. The payment workflow and the rectification timer
 * that could not be started are started by the workflow sweep once Temporal is back.
 */
describe('workflows started once Temporal is back', () => {
  let h: HazardCity;
  let verifier: Person;
  let management: Person;
  let updater: Person;

  beforeAll(async () => {
    h = await startHazardCity({ WORKFLOW_SWEEP_SECONDS: '1' });
    const cityCadre = await h.person('city_union_cadre', 'city');
    [verifier, management, updater] = await Promise.all([
      h.person('enterprise_union_cadre', 'ent-a1'),
      h.person('enterprise_management', 'ent-a1'),
      h.person('team_leader', 'team-a1a'),
    ]);
    await h.setUpRewards(cityCadre, 'city', { budgetYuan: 10000 });
  });

  afterAll(async () => {
    controlServer('start', 'temporal'); // whatever happened, the next test file has its Temporal
    await h?.stop();
  });

  it('issues the reward and saves the plan while Temporal is down, then pays and starts the timer when it is back', async () => {
    const report = (await h.report(await h.worker('team-a1a', 1))).body;
    controlServer('stop', 'temporal');

    const confirmed = await h.api(verifier.token).post(`/hazard-reports/${report.id}/verification`, { outcome: 'confirmed', grade: 'general' });
    expect(confirmed.status).toBe(200);
    const issued = await waitFor('the reward to be issued', async () => {
      const [row] = await h.sql(`SELECT status, payment_started_at FROM hazard_reward.rewards WHERE report_id = $1`, [report.id]);
      return row?.status === 'issued' ? row : undefined;
    });
    expect(issued.payment_started_at).toBeNull();

    const deadline = new Date(Date.now() + 3600_000).toISOString();
    const plan = await h.api(management.token).put(`/hazards/${report.id}/rectification-plan`, {
      measures: '加装护栏',
      deadline,
      responsibleUnit: '一车间',
      responsiblePerson: '吴主任',
      interimMeasures: '拉警戒线',
      updaterUserId: updater.id,
    });
    expect(plan.status).toBe(200);
    const [hazard] = await h.sql(`SELECT timer_deadline FROM hazard_reward.hazards WHERE report_id = $1`, [report.id]);
    expect(hazard.timer_deadline).toBeNull();
    // The payments consumer took reward.issued without starting anything and without dead-lettering it:
    // the payment waits for the sweep.
    await waitFor(
      'the payments consumer to have handled reward.issued',
      async () => (await h.sql(`SELECT 1 FROM hazard_reward.inbox WHERE consumer = 'hazard-reward.payments'`)).length === 1,
      { timeoutMs: 60_000 },
    );
    const [afterFastPath] = await h.sql(`SELECT payment_started_at FROM hazard_reward.rewards WHERE report_id = $1`, [report.id]);
    expect(afterFastPath.payment_started_at).toBeNull();

    controlServer('start', 'temporal');
    await waitFor(
      'the reward to be paid and the timer started',
      async () => {
        const [row] = await h.sql(
          `SELECT w.status, h.timer_deadline FROM hazard_reward.rewards w JOIN hazard_reward.hazards h ON h.report_id = w.report_id WHERE w.report_id = $1`,
          [report.id],
        );
        return row.status === 'paid' && row.timer_deadline !== null ? row : undefined;
      },
      { timeoutMs: 120_000 },
    );
    const [{ n }] = await h.sql(`SELECT count(*)::int AS n FROM hazard_reward.ledger_entries`);
    expect(n).toBe(2);
  });
});
