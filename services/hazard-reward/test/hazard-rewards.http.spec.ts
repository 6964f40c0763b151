import { Json, waitFor } from '@lc/testing';
import { phoneJpeg, SECRETS } from './fixtures/test-images.fixture';
import { HazardCity, Person, startHazardCity } from './fixtures/hazard-city';

/**
 * Rewards from confirmation to payment (schemes, budget, queue, approval above the threshold), the
 * hazard archive with its durable timer and close-out, and the 安康杯 statistics, end to end.
 */
describe('hazard rewards, archive and statistics', () => {
  let h: HazardCity;
  let cityCadre: Person;
  let countyCadre: Person;
  let townCadre: Person;
  let unionCadre: Person;
  let management: Person;
  let updater: Person;
  let finance: Person;
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

  beforeAll(async () => {
    h = await startHazardCity({ HAZARD_REMINDER_BEFORE_SECONDS: '3' });
    [cityCadre, countyCadre, townCadre, unionCadre, management, updater, finance] = await Promise.all([
      h.person('city_union_cadre', 'city'),
      h.person('county_union_cadre', 'county-a'),
      h.person('township_union_cadre', 'town-a1'),
      h.person('enterprise_union_cadre', 'ent-a1'),
      h.person('enterprise_management', 'ent-a1'),
      h.person('team_leader', 'team-a1a', '安全员老周'),
      h.person('finance', 'county-a'),
    ]);
  });

  afterAll(() => h?.stop());

  const reward = async (reportId: string, until: (r: Json) => boolean = () => true): Promise<Json> =>
    waitFor(`the reward of ${reportId}`, async () => {
      const [row] = await h.sql(`SELECT * FROM hazard_reward.rewards WHERE report_id = $1`, [reportId]);
      return row && until(row) ? row : undefined;
    });

  const confirmedReport = async (n: number, fields: Record<string, string>, grade: 'general' | 'major') => {
    const report = (await h.report(await h.worker('team-a1a', n), fields)).body;
    const res = await h.api(unionCadre.token).post(`/hazard-reports/${report.id}/verification`, { outcome: 'confirmed', grade });
    expect(res.status).toBe(200);
    return report;
  };

  it("keeps one scheme per union and period, refusing an overlap and an amount that is not money", async () => {
    const scheme = {
      issuingUnitId: 'county-a',
      name: '县总工会职工排查安全生产事故隐患奖励办法(试行)',
      validFrom: `${year}-01-01`,
      validUntil: `${year}-12-31`,
      approvalThresholdYuan: 1000,
      amounts: { accident: { general: 200, major: 2000 }, occupational: { general: 300.5, major: 3000 } },
    };
    const created = await h.api(countyCadre.token).post('/reward-schemes', scheme);
    expect(created.status).toBe(201);
    expect(created.body.amounts).toEqual({ accident: { general: '200.00', major: '2000.00' }, occupational: { general: '300.50', major: '3000.00' } });
    const overlap = await h.api(countyCadre.token).post('/reward-schemes', { ...scheme, validFrom: `${year}-06-01`, validUntil: undefined });
    expect(overlap.status).toBe(409);
    expect(overlap.body.message).toMatch(/^validFrom: county-a already has the scheme/);
    const bad = await h.api(countyCadre.token).post('/reward-schemes', { ...scheme, validFrom: `${year + 1}-01-01`, validUntil: undefined, amounts: { ...scheme.amounts, accident: { general: 1.234, major: 5 } } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.message)).toContain('amounts.accident.general: must be an amount in yuan with at most two decimals');
    // The city's own scheme exists too; the county's, nearer to the enterprise, applies there.
    expect((await h.api(cityCadre.token).post('/reward-schemes', { ...scheme, issuingUnitId: 'city', amounts: { accident: { general: 50, major: 60 }, occupational: { general: 70, major: 80 } } })).status).toBe(201);
  });

  it('lets only its author correct a scheme, within its union\'s other periods', async () => {
    const next = {
      name: '县总工会奖励办法(下一年)',
      validFrom: `${year + 1}-01-01`,
      approvalThresholdYuan: 1000,
      amounts: { accident: { general: 200, major: 2000 }, occupational: { general: 300, major: 3000 } },
    };
    const created = await h.api(countyCadre.token).post('/reward-schemes', { ...next, issuingUnitId: 'county-a' });
    expect(created.body).toMatchObject({ createdBy: countyCadre.id, rewardCount: 0 });
    const id = created.body.id;
    // Whoever sets amounts is kept from verifying the reports they pay: a second cadre setting them would slip past that.
    const other = await h.api(cityCadre.token).put(`/reward-schemes/${id}`, { ...next, amounts: { ...next.amounts, accident: { general: 9000, major: 9000 } } });
    expect(other.body).toMatchObject({ statusCode: 403, code: 'not-the-scheme-author' });
    const corrected = await h.api(countyCadre.token).put(`/reward-schemes/${id}`, { ...next, name: '县总工会奖励办法(修订)', approvalThresholdYuan: 1500, amounts: { ...next.amounts, accident: { general: 250, major: 2500 } } });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ name: '县总工会奖励办法(修订)', approvalThresholdYuan: '1500.00', amounts: { accident: { general: '250.00', major: '2500.00' }, occupational: { general: '300.00' } } });
    const overlapping = await h.api(countyCadre.token).put(`/reward-schemes/${id}`, { ...next, validFrom: `${year}-06-01` });
    expect(overlapping.body).toMatchObject({ statusCode: 409, code: 'scheme-periods-overlap', field: 'validFrom' });
    expect((await h.api(countyCadre.token).put('/reward-schemes/00000000-0000-4000-8000-000000000000', next)).body).toMatchObject({ statusCode: 404, code: 'reward-scheme-not-found' });
    const [audit] = await h.sql(`SELECT action FROM hazard_reward.audit_log WHERE entity_id = $1 AND action = 'reward-scheme.corrected'`, [id]);
    expect(audit).toEqual({ action: 'reward-scheme.corrected' });
  });

  it('issues and pays a confirmed reward from the budget, queues one the budget cannot hold, and issues it when the budget is raised', async () => {
    expect((await h.api(finance.token).put(`/reward-budgets/county-a/${year}`, { totalYuan: 500.5 })).status).toBe(200);

    const first = await confirmedReport(11, {}, 'general');
    const paid = await reward(first.id, (r) => r.status === 'paid');
    expect(paid).toMatchObject({ issuing_unit_id: 'county-a', amount_fen: '20000', budget_year: year });
    const second = await confirmedReport(12, { category: 'occupational' }, 'general');
    await reward(second.id, (r) => r.status === 'paid');

    const third = await confirmedReport(13, {}, 'general');
    const queued = await reward(third.id, (r) => r.status === 'queued');
    expect(queued.status_note).toContain("county-a's " + year + ' budget has 0.00 yuan left');
    const budget = await h.api(finance.token).get(`/reward-budgets/county-a/${year}`);
    expect(budget.body).toMatchObject({ totalYuan: '500.50', committedYuan: '500.50', paidYuan: '500.50', leftYuan: '0.00', queued: { count: 1, amountYuan: '200.00' } });

    const lower = await h.api(finance.token).put(`/reward-budgets/county-a/${year}`, { totalYuan: 100 });
    expect(lower.status).toBe(409);
    expect(lower.body.message).toMatch(/^totalYuan: 500.50 yuan of the \d+ budget is already committed/);

    const raised = await h.api(finance.token).put(`/reward-budgets/county-a/${year}`, { totalYuan: 10000 });
    expect(raised.body).toMatchObject({ releasedFromQueue: 1, committedYuan: '700.50', queued: { count: 0 } });
    await reward(third.id, (r) => r.status === 'paid');

    const ledger = await h.sql(`SELECT kind, debit_account, credit_account, amount_fen FROM hazard_reward.ledger_entries WHERE reward_id = $1 ORDER BY id`, [paid.id]);
    expect(ledger).toEqual([
      { kind: 'issued', debit_account: `budget:county-a:${year}`, credit_account: `reward-payable:${paid.id}`, amount_fen: '20000' },
      { kind: 'paid', debit_account: `reward-payable:${paid.id}`, credit_account: `reporter-of:${first.id}`, amount_fen: '20000' },
    ]);
    const mine = await h.api((await h.worker('team-a1a', 11)).token).get('/hazard-reports/mine');
    expect(mine.body).toMatchObject({ paidYuan: '200.00', items: [{ id: first.id, reward: { status: 'paid', amountYuan: '200.00' } }] });
    const events = await h.sql<{ event_type: string; n: number }>(
      `SELECT event_type, count(*)::int AS n FROM hazard_reward.outbox WHERE event_type LIKE 'reward.%' GROUP BY 1 ORDER BY 1`,
    );
    expect(events).toEqual([
      { event_type: 'reward.issued', n: 3 },
      { event_type: 'reward.paid', n: 3 },
    ]);
  });

  it('sends a reward above the threshold up the chain to the issuing union first, and issues it once approved', async () => {
    const major = await confirmedReport(14, {}, 'major');
    const waiting = await reward(major.id, (r) => r.status === 'awaiting_approval');
    expect(waiting.amount_fen).toBe('200000');
    const workflowId = `approval-hazard-reward-${waiting.id}`;
    // Those who decide it read the reward their step is about, and from it the report; nobody outside the issuing union's line does.
    const seen = await h.api(townCadre.token).get(`/hazard-rewards/${waiting.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ id: waiting.id, reportId: major.id, amountYuan: '2000.00', status: 'awaiting_approval', issuingUnitId: waiting.issuing_unit_id });
    expect(seen.body).not.toHaveProperty('reporter');
    const outsider = await h.person('township_union_cadre', 'town-a2');
    expect((await h.api(outsider.token).get(`/hazard-rewards/${waiting.id}`)).status).toBe(403);
    expect((await h.api(townCadre.token).get('/hazard-rewards/00000000-0000-4000-8000-000000000000')).body).toMatchObject({ statusCode: 404, code: 'reward-not-found' });
    await h.approveChain(workflowId, [townCadre, countyCadre]);
    await reward(major.id, (r) => r.status === 'paid');
    const chain = await h.sql(`SELECT step_id FROM hazard_reward.approval_transitions WHERE workflow_id = $1 AND kind IN ('step-approved', 'approved') ORDER BY seq`, [workflowId]);
    expect(chain).toEqual([{ step_id: 'town-a1' }, { step_id: 'county-a' }]);
  });

  it('keeps the money and the covered days of a scheme rewards were worked out from', async () => {
    const [{ id }] = await h.sql(`SELECT id FROM hazard_reward.reward_schemes WHERE issuing_unit_id = 'county-a' AND valid_from = $1`, [`${year}-01-01`]);
    const listed = (await h.api(countyCadre.token).get('/reward-schemes?unitId=county-a')).body.find((s: Json) => s.id === id);
    expect(listed.rewardCount).toBe(4);
    const scheme = { name: listed.name, validFrom: listed.validFrom, validUntil: listed.validUntil, approvalThresholdYuan: 1000, amounts: { accident: { general: 200, major: 2000 }, occupational: { general: 300.5, major: 3000 } } };
    const raised = await h.api(countyCadre.token).put(`/reward-schemes/${id}`, { ...scheme, amounts: { ...scheme.amounts, accident: { general: 250, major: 2000 } } });
    expect(raised.body).toMatchObject({ statusCode: 409, code: 'reward-scheme-in-use', field: 'amounts' });
    // Ended yesterday (China time), it would no longer cover today's reports it rewarded.
    const yesterday = new Date(Date.now() + 8 * 3600_000 - 24 * 3600_000).toISOString().slice(0, 10);
    const cutShort = await h.api(countyCadre.token).put(`/reward-schemes/${id}`, { ...scheme, validFrom: '2000-01-01', validUntil: yesterday });
    expect(cutShort.body).toMatchObject({ statusCode: 409, code: 'reward-scheme-in-use', field: 'validUntil' });
    const renamed = await h.api(countyCadre.token).put(`/reward-schemes/${id}`, { ...scheme, name: '县总工会职工排查安全生产事故隐患奖励办法' });
    expect(renamed.body).toMatchObject({ name: '县总工会职工排查安全生产事故隐患奖励办法', approvalThresholdYuan: '1000.00', rewardCount: 4 });
  });

  it('keeps the archive: plan, progress by the designated person only, reminder, overdue escalated to the township, close-out', async () => {
    const [{ report_id: hazardId }] = await h.sql(`SELECT report_id FROM hazard_reward.hazards WHERE grade = 'general' ORDER BY opened_at LIMIT 1`);
    const plan = {
      measures: '加装防护罩并设置联锁',
      deadline: new Date(Date.now() + 6000).toISOString(),
      responsibleUnit: '二车间',
      responsiblePerson: '李主任',
      responsiblePhone: '13800000001',
      interimMeasures: '停用该工位，设置警示',
      updaterUserId: updater.id,
    };
    const elsewhere = await h.person('worker', 'ent-b1');
    const wrongUpdater = await h.api(management.token).put(`/hazards/${hazardId}/rectification-plan`, { ...plan, updaterUserId: elsewhere.id });
    expect(wrongUpdater.status).toBe(400);
    expect(wrongUpdater.body.message).toMatch(/^updaterUserId: .* works at ent-b1/);
    const past = await h.api(management.token).put(`/hazards/${hazardId}/rectification-plan`, { ...plan, deadline: '2020-01-01T00:00:00+08:00' });
    expect(past.status).toBe(400);

    const set = await h.api(management.token).put(`/hazards/${hazardId}/rectification-plan`, plan);
    expect(set.status).toBe(200);
    expect(set.body.plan).toMatchObject({ version: 1, responsiblePerson: '李主任', updaterUserId: updater.id });

    // Enterprise management chooses the designated person by name among the enterprise's people, its teams included.
    const candidates = await h.api(management.token).get(`/hazards/${hazardId}/updater-candidates`);
    expect(candidates.body).toContainEqual({ userId: updater.id, displayName: '安全员老周', orgUnitId: 'team-a1a', unitName: expect.any(String) });
    expect(candidates.body.map((c: Json) => c.userId)).not.toContain(elsewhere.id);
    expect((await h.api(management.token).get(`/hazards/${hazardId}/updater-candidates?q=老周`)).body.map((c: Json) => c.userId)).toEqual([updater.id]);
    expect((await h.api(countyCadre.token).get(`/hazards/${hazardId}/updater-candidates`)).status).toBe(403);

    const assigned = await h.api(updater.token).get('/hazards?designatedToMe=true');
    expect(assigned.body.items.map((i: Json) => i.reportId)).toEqual([hazardId]);
    expect((await h.api(updater.token).get(`/hazards/${hazardId}`)).status).toBe(200);
    const progressForm = async (note: string) => {
      const form = new FormData();
      form.append('note', note);
      form.append('photos', new Blob([new Uint8Array(await phoneJpeg())]), 'site.jpg');
      return form;
    };
    const photosBefore = (await h.sql(`SELECT count(*)::int AS n FROM hazard_reward.hazard_timeline WHERE jsonb_array_length(photos) > 0`))[0].n;
    expect((await h.api(management.token).post(`/hazards/${hazardId}/progress`, await progressForm('已订购防护罩'))).status).toBe(403);
    expect((await h.api(updater.token).post(`/hazards/${hazardId}/progress`, await progressForm('已订购防护罩'))).body).toMatchObject({ reportId: hazardId, photos: 1 });
    expect((await h.sql(`SELECT count(*)::int AS n FROM hazard_reward.hazard_timeline WHERE jsonb_array_length(photos) > 0`))[0].n).toBe(photosBefore + 1);
    const withPhoto = (await h.api(unionCadre.token).get(`/hazards/${hazardId}`)).body.timeline.find((t: Json) => t.kind === 'progress');
    expect(withPhoto).toMatchObject({ note: '已订购防护罩', photoNumbers: [1] });
    // The photo as stored: upright, its metadata (EXIF, GPS, XMP) gone; for whoever reads the hazard.
    const photo = await fetch(`${h.city.hazardReward?.url}/hazards/${hazardId}/progress-photos/1`, { headers: { authorization: `Bearer ${management.token}` } });
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await photo.arrayBuffer());
    expect(bytes.toString('latin1')).not.toContain(SECRETS.description);
    expect(bytes.toString('latin1')).not.toContain(SECRETS.gpsDatum);
    expect((await h.api(management.token).get(`/hazards/${hazardId}/progress-photos/2`)).body).toMatchObject({ statusCode: 404, code: 'progress-photo-not-found', field: 'n' });
    expect((await h.api((await h.person('township_union_cadre', 'town-a2')).token).get(`/hazards/${hazardId}/progress-photos/1`)).status).toBe(403);

    const reminded = await waitFor('the reminder', async () => ((await h.api(unionCadre.token).get(`/hazards/${hazardId}`)).body.remindedAt ? true : undefined), { timeoutMs: 20_000 });
    expect(reminded).toBe(true);
    const overdue = await waitFor(
      'the escalation',
      async () => {
        const res = await h.api(townCadre.token).get('/hazards?escalatedToMe=true');
        return res.body.items.find((i: Json) => i.reportId === hazardId);
      },
      { timeoutMs: 20_000 },
    );
    expect(overdue).toMatchObject({ overdue: true, escalatedToUnitId: 'town-a1' });

    const closed = await h.api(unionCadre.token).post(`/hazards/${hazardId}/rectification-verification`, { accepted: true, note: '现场验收合格' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', overdue: true });
    const timeline = (await h.api(unionCadre.token).get(`/hazards/${hazardId}`)).body.timeline.map((t: Json) => t.kind);
    expect(timeline).toEqual(['opened', 'plan-set', 'progress', 'reminded', 'overdue', 'rectification-verified', 'closed']);
    expect((await h.api(updater.token).post(`/hazards/${hazardId}/progress`, { note: 'late' })).status).toBe(409);
  });

  it("sends a major hazard's close-out up the chain to the county", async () => {
    const [{ report_id: hazardId }] = await h.sql(`SELECT report_id FROM hazard_reward.hazards WHERE grade = 'major' LIMIT 1`);
    const plan = {
      measures: '更换承压管道',
      deadline: new Date(Date.now() + 3600_000).toISOString(),
      responsibleUnit: '设备科',
      responsiblePerson: '周科长',
      interimMeasures: '降压运行',
      updaterUserId: updater.id,
    };
    expect((await h.api(unionCadre.token).put(`/hazards/${hazardId}/rectification-plan`, plan)).status).toBe(200);
    const verified = await h.api(unionCadre.token).post(`/hazards/${hazardId}/rectification-verification`, { accepted: true, note: '已更换' });
    expect(verified.body).toMatchObject({ status: 'close_out_pending' });
    await h.approveChain(verified.body.closeOutWorkflowId, [townCadre, countyCadre]);
    await waitFor('the close-out', async () => ((await h.api(unionCadre.token).get(`/hazards/${hazardId}`)).body.status === 'closed' ? true : undefined));
  });

  it('counts the 安康杯 figures of a unit and the units under it for a period', async () => {
    // Two more reports: one rejected, one a duplicate; and one still waiting.
    const reject = (await h.report(await h.worker('team-a1a', 21))).body;
    await h.api(unionCadre.token).post(`/hazard-reports/${reject.id}/verification`, { outcome: 'rejected', reason: '不属实' });
    const [{ report_id: firstId }] = await h.sql(`SELECT report_id FROM hazard_reward.hazards ORDER BY opened_at LIMIT 1`);
    const dup = (await h.report(await h.worker('team-a1a', 22))).body;
    await h.api(unionCadre.token).post(`/hazard-reports/${dup.id}/verification`, { outcome: 'duplicate', duplicateOf: firstId });
    await h.report(await h.worker('team-a1a', 23), { enterpriseUnitId: 'ent-a3' });

    const stats = await h.api(countyCadre.token).get(`/hazard-statistics?unitId=county-a&from=${year}-01-01&to=${year}-12-31`);
    expect(stats.status).toBe(200);
    // By hand: 4 confirmed (3 general, 1 major), of which 2 closed (one after its deadline); 1 rejected,
    // 1 duplicate, 1 pending; 4 rewards paid: 200 + 300.50 + 200 + 2000 yuan.
    expect(stats.body.totals).toEqual({
      reports: 7,
      confirmed: 4,
      duplicates: 1,
      rejected: 1,
      pending: 1,
      closed: 2,
      rectificationRatePercent: 50,
      overdue: 1,
      rewardsPaid: 4,
      rewardsPaidYuan: '2700.50',
    });
    // The same seven by category and grade: the four confirmed by their grade, the other three with none.
    expect(stats.body.byCategoryAndGrade).toEqual([
      { category: 'accident', grade: 'general', reports: 2, confirmed: 2, closed: 1, overdue: 1 },
      { category: 'accident', grade: 'major', reports: 1, confirmed: 1, closed: 1, overdue: 0 },
      { category: 'accident', grade: null, reports: 3, confirmed: 0, closed: 0, overdue: 0 },
      { category: 'occupational', grade: 'general', reports: 1, confirmed: 1, closed: 0, overdue: 0 },
    ]);
    expect(stats.body.budgets).toEqual([{ year, totalYuan: '10000.00', committedYuan: '2700.50', leftYuan: '7299.50' }]);
    expect(stats.body.children.map((c: Json) => [c.unitId, c.reports, c.confirmed])).toEqual([
      ['town-a1', 6, 4],
      ['town-a2', 1, 0],
    ]);
    // The reporting record behind a 安康杯 advanced individual: named reporters by confirmed hazards, for the union chain only.
    const top = await h.api(countyCadre.token).get(`/hazard-statistics/top-reporters?unitId=county-a&from=${year}-01-01&to=${year}-12-31`);
    expect(top.body.map((r: Json) => [r.displayName, r.confirmed, r.major])).toEqual([
      ['职工14', 1, 1],
      ['职工11', 1, 0],
      ['职工12', 1, 0],
      ['职工13', 1, 0],
    ]);
    expect((await h.api(management.token).get(`/hazard-statistics/top-reporters?unitId=ent-a1&from=${year}-01-01&to=${year}-12-31`)).status).toBe(403);
    const outside = await h.api(townCadre.token).get(`/hazard-statistics?unitId=county-a&from=${year}-01-01&to=${year}-12-31`);
    expect(outside.status).toBe(403);
    const badPeriod = await h.api(countyCadre.token).get(`/hazard-statistics?from=${year}-12-31&to=${year}-01-01`);
    expect(badPeriod.status).toBe(400);
  });

  it('counts a rectification time limit in working days by the official calendar: over the National Day week, the adjusted Saturday worked', async () => {
    const preview = async (query: string) => h.api(management.token).get(`/rectification-deadlines?${query}`);
    // From Wednesday 30 September 2026: 1–7 October off, Saturday 10 October worked; 5 working days are 8, 9, 10, 12, 13 October.
    expect((await preview('from=2026-09-30&workingDays=5')).body).toEqual({
      from: '2026-09-30',
      workingDays: 5,
      lastDay: '2026-10-13',
      deadline: '2026-10-13T16:00:00.000Z',
      official: true,
    });
    expect((await preview('from=2026-10-09&workingDays=1')).body).toMatchObject({ lastDay: '2026-10-10' });
    const zero = await preview('from=2026-09-30&workingDays=0');
    expect([zero.status, zero.body.errors?.[0]?.field]).toEqual([400, 'workingDays']);
    const notADay = await preview('from=2026-02-30&workingDays=5');
    expect([notADay.status, notADay.body.errors?.[0]?.field]).toEqual([400, 'from']);

    // A plan given in working days is due at the end of the last of them, counted from today.
    const hazardId = (await confirmedReport(31, {}, 'general')).id;
    await waitFor('the archive record', async () => ((await h.api(management.token).get(`/hazards/${hazardId}`)).status === 200 ? true : undefined));
    const plan = { measures: '更换护栏', responsibleUnit: '一车间', responsiblePerson: '王主任', interimMeasures: '设置警戒线', updaterUserId: updater.id };
    const set = await h.api(management.token).put(`/hazards/${hazardId}/rectification-plan`, { ...plan, deadlineWorkingDays: 10 });
    expect(set.status).toBe(200);
    const today = (await preview('workingDays=10')).body;
    expect(set.body.plan.deadline).toBe(today.deadline);
    const both = await h.api(management.token).put(`/hazards/${hazardId}/rectification-plan`, { ...plan, deadlineWorkingDays: 10, deadline: today.deadline });
    expect([both.status, both.body.field]).toEqual([400, 'deadlineWorkingDays']);
    const neither = await h.api(management.token).put(`/hazards/${hazardId}/rectification-plan`, plan);
    expect([neither.status, neither.body.errors?.[0]?.field]).toEqual([400, 'deadline']);
  });
});
