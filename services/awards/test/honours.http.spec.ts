import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { execFileSync } from 'node:child_process';
import { physicalTopic } from '@lc/messaging';
import { apiClient, approveChain, Json, startTestCity, TestCity, TestPerson, waitFor } from '@lc/testing';

const PUBLICITY_SECONDS = 8;

/**
 * Honours through HTTP, Kafka and Temporal: quotas raced for, an honour held once a year, publicity
 * with an upheld objection freeing the place, conferral with its certificate and the competition fund
 * (never overdrawn), and the whole way from a finalised assessment sheet to a conferred honour.
 */
describe('honours', () => {
  let city: TestCity;
  let awards: (token: string) => ReturnType<typeof apiClient>;
  let cityCadre: TestPerson;
  let secondCityCadre: TestPerson;
  let countyCadre: TestPerson;
  let townA1: TestPerson;
  let entA1: TestPerson;
  let townB1: TestPerson;
  let countyB: TestPerson;
  let entB1: TestPerson;
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
  let deciders: TestPerson[];

  beforeAll(async () => {
    city = await startTestCity({ withAwards: true, withAssessment: true, awardsSettings: { PUBLICITY_PERIOD_SECONDS: String(PUBLICITY_SECONDS) } });
    awards = (token) => apiClient(city.awards?.url as string, token);
    const known = { knownIn: ['awards'] };
    [cityCadre, secondCityCadre, countyCadre, townA1, entA1, countyB, townB1, entB1] = await Promise.all([
      city.person('city_union_cadre', 'city', known),
      city.person('city_union_cadre', 'city', known),
      city.person('county_union_cadre', 'county-a', known),
      city.person('township_union_cadre', 'town-a1', known),
      city.person('enterprise_union_cadre', 'ent-a1', known),
      city.person('county_union_cadre', 'county-b', known),
      city.person('township_union_cadre', 'town-b1', known),
      city.person('enterprise_union_cadre', 'ent-b1', known),
    ]);
    deciders = [entA1, townA1, countyCadre, entB1, townB1, countyB, secondCityCadre];
  });

  afterAll(() => city?.stop());

  const nominate = async (honourCode: string, nomineeId: string, conferringUnitId = 'city') => {
    const res = await awards(cityCadre.token).post('/nominations', { honourCode, conferringUnitId, year, nomineeId, material: '事迹材料' });
    expect(res.status).toBe(201);
    return res.body;
  };
  const submit = async (id: string) => awards(cityCadre.token).post(`/nominations/${id}/submission`);
  const nomination = async (id: string) => (await awards(cityCadre.token).get(`/nominations/${id}`)).body;
  const waitForStatus = (id: string, status: string, timeoutMs = 60_000) =>
    waitFor(`nomination ${id} to be ${status}`, async () => ((await nomination(id)).status === status ? true : undefined), { timeoutMs });

  /** Decides every step but the last, then returns the last step's decision to run. */
  const approveAllButLast = async (workflowId: string) => {
    for (;;) {
      const state = (await waitFor('the chain', async () => {
        const res = await awards(cityCadre.token).get(`/approvals/${workflowId}`);
        return res.status === 200 ? res.body : undefined;
      })) as Json;
      const last = state.state.transitions[state.state.transitions.length - 1];
      if (last.currentStepId === 'city') {
        return () =>
          awards(secondCityCadre.token).post(`/approvals/${workflowId}/decisions`, { decisionId: crypto.randomUUID(), stepId: 'city', outcome: 'approve', opinion: '同意' });
      }
      const decider = deciders.find((d) => last.waitingFor.includes(d.id)) as TestPerson;
      await awards(decider.token).post(`/approvals/${workflowId}/decisions`, { decisionId: crypto.randomUUID(), stepId: last.currentStepId, outcome: 'approve', opinion: '同意' });
      await waitFor('the step to be recorded', async () => {
        const res = await awards(cityCadre.token).get(`/approvals/${workflowId}`);
        return res.body.state.transitions.length > state.state.transitions.length ? true : undefined;
      });
    }
  };

  it('takes a nomination on a hazard-reporting record, marked as such', async () => {
    const reporter = await city.person('worker', 'team-a1a', { name: '安全员小李', knownIn: ['awards'] });
    const res = await awards(cityCadre.token).post('/nominations', {
      honourCode: 'ankang-advanced-individual',
      conferringUnitId: 'city',
      year,
      nomineeId: reporter.id,
      source: 'hazard',
      material: '全年举报事故隐患12条，经核实11条，其中重大隐患2条',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ source: 'hazard', status: 'candidate', nominee: { kind: 'person', name: '安全员小李', unitId: 'team-a1a' } });
    const bad = await awards(cityCadre.token).post('/nominations', { honourCode: 'ankang-advanced-individual', conferringUnitId: 'city', year, nomineeId: reporter.id, source: 'rumour' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.message)).toContain("source: must be 'manual' or 'hazard'");
  });

  it('lists the catalogue and keeps quotas and funds at the right level', async () => {
    const honours = (await awards(cityCadre.token).get('/honours')).body;
    expect(honours.find((h: Json) => h.code === 'pioneer-team')).toMatchObject({ name: '工人先锋号', conferringLevel: 'city', nomineeKind: 'team', materialRewardYuan: '5000.00' });
    expect(honours.map((h: Json) => h.name)).toEqual(expect.arrayContaining(['五一劳动奖章', '劳动模范', '沂蒙工匠', '“安康杯”竞赛先进个人', '最美班组']));
    const wrongLevel = await awards(cityCadre.token).put(`/honour-quotas/pioneer-team/county-a/${year}`, { quota: 3 });
    expect(wrongLevel.status).toBe(400);
    for (const badYear of ['0', '99999', '2026.5']) {
      const refused = await awards(cityCadre.token).put(`/honour-quotas/pioneer-team/city/${badYear}`, { quota: 1 });
      expect([refused.status, refused.body.message]).toEqual([400, `year must be a year from 2000 to 2100, e.g. 2026; got '${badYear}'`]);
      expect((await awards(cityCadre.token).get(`/competition-funds/city/${badYear}`)).status).toBe(400);
    }
    expect((await awards(cityCadre.token).put(`/honour-quotas/pioneer-team/city/${year}`, { quota: 1 })).body).toMatchObject({ quota: 1, taken: 0 });
    expect((await awards(cityCadre.token).put(`/honour-quotas/innovative-team/city/${year}`, { quota: 5 })).status).toBe(200);
    expect((await awards(cityCadre.token).put(`/competition-funds/city/${year}`, { totalYuan: 11000 })).body).toMatchObject({ totalYuan: '11000.00', leftYuan: '11000.00' });
  });

  it("fills the enterprise union's box (企业工会推荐意见) with its only cadre's opinion when that cadre submits, and still refuses a box nobody at all can fill", async () => {
    expect((await awards(countyCadre.token).put(`/honour-quotas/competition-advanced-individual/county-a/${year}`, { quota: 2 })).status).toBe(200);
    const craftsman = await city.person('worker', 'team-a1a', { name: '数控工匠老周', knownIn: ['awards'] });
    const { id } = await nominate('competition-advanced-individual', craftsman.id, 'county-a');
    // entA1 is ent-a1's only union cadre: the submission fills the box, so it needs the box's opinion.
    const bare = await awards(entA1.token).post(`/nominations/${id}/submission`);
    expect([bare.status, bare.body.code, bare.body.field]).toEqual([400, 'first-box-opinion-required', 'firstBoxOpinion']);
    expect((await nomination(id)).status).toBe('candidate');

    const res = await awards(entA1.token).post(`/nominations/${id}/submission`, { firstBoxOpinion: '技艺精湛，同意推荐' });
    expect([res.status, res.body.status]).toEqual([200, 'submitted']);
    const workflowId = res.body.approvalWorkflowId;
    // The township decides next, as after any decision of the first box.
    await waitFor("the township's inbox", async () => (await awards(townA1.token).get('/approvals/inbox')).body.items.some((i: Json) => i.workflowId === workflowId && i.stepId === 'town-a1'));
    const chain = (await awards(cityCadre.token).get(`/approvals/${workflowId}`)).body;
    expect(chain.steps.map((s: Json) => [s.stepId, s.title])).toEqual([
      ['ent-a1', '企业工会推荐意见'],
      ['town-a1', '乡镇（街道、园区）工会意见'],
      ['county-a', '县（区）总工会意见'],
    ]);
    expect(chain.state.transitions.map((t: Json) => [t.kind, t.stepId, t.actorUserId, t.opinion])).toEqual([
      ['submitted', null, entA1.id, null],
      ['step-approved', 'ent-a1', entA1.id, '技艺精湛，同意推荐'],
    ]);
    expect(chain.people[entA1.id]).toMatchObject({ orgUnitId: 'ent-a1' });
    const trail = await city.sql(`SELECT action, actor_id, actor_org_unit_id, reason FROM awards.audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(trail.map((r: Json) => [r.action, r.actor_id, r.actor_org_unit_id, r.reason])).toEqual([
      ['nomination.created', cityCadre.id, 'city', null],
      ['nomination.submitted', entA1.id, 'ent-a1', null],
      ['approval.submitted', entA1.id, 'ent-a1', null],
      ['approval.step-approved', entA1.id, 'ent-a1', '技艺精湛，同意推荐'],
    ]);

    // ent-a2 has no union cadre at all: a nomination there cannot start, and stays a candidate.
    const elsewhere = await city.person('worker', 'ent-a2', { name: '装配工小陈', knownIn: ['awards'] });
    const stranded = await nominate('competition-advanced-individual', elsewhere.id, 'county-a');
    const refused = await submit(stranded.id);
    expect([refused.status, refused.body.code]).toEqual([409, 'nobody-can-decide']);
    expect(refused.body.message).toMatch(/^nobody can decide at ent-a2 \(企业工会推荐意见\)/);
    expect((await nomination(stranded.id)).status).toBe('candidate');
  });

  let winner: string;
  let loser: string;
  let upheldObjection: { nominationId: string; objectionId: string };

  it('gives the last quota place to exactly one of two approvals racing for it', async () => {
    const a = await nominate('pioneer-team', 'team-a1a');
    const b = await nominate('pioneer-team', 'team-a1b');
    const [sa, sb] = [(await submit(a.id)).body, (await submit(b.id)).body];
    expect([sa.status, sb.status]).toEqual(['submitted', 'submitted']);
    const [lastA, lastB] = await Promise.all([approveAllButLast(sa.approvalWorkflowId), approveAllButLast(sb.approvalWorkflowId)]);
    await Promise.all([lastA(), lastB()]);
    await waitFor('both outcomes', async () => {
      const statuses = [(await nomination(a.id)).status, (await nomination(b.id)).status];
      return statuses.every((s) => s !== 'submitted') ? statuses : undefined;
    });
    const statuses = [(await nomination(a.id)).status, (await nomination(b.id)).status].sort();
    expect(statuses).toEqual(['over_quota', 'publicity']);
    winner = (await nomination(a.id)).status === 'publicity' ? a.id : b.id;
    loser = winner === a.id ? b.id : a.id;
    const [quota] = await city.sql(`SELECT taken, quota FROM awards.honour_quotas WHERE honour_code = 'pioneer-team'`);
    expect(quota).toEqual({ taken: 1, quota: 1 });
  });

  it('refuses the same honour for the same nominee in the same year, with the reason', async () => {
    const winnerTeam = (await nomination(winner)).nominee.id;
    const again = await nominate('pioneer-team', winnerTeam);
    const refused = await submit(again.id);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/is already nominated for 工人先锋号 in \d{4}; an honour is held once a year/);
  });

  it('withdraws a nomination whose objection is upheld and gives its quota place to the one waiting (候补)', async () => {
    // A worker of the nominated team: on the nominee's own line.
    const objector = await city.tokenAs('worker', (await nomination(winner)).nominee.id);
    const lodged = await awards(objector).post(`/nominations/${winner}/objections`, { reason: '申报材料中的获奖情况不实' });
    expect(lodged.status).toBe(201);
    const ruled = await awards(cityCadre.token).post(`/nominations/${winner}/objections/${lodged.body.objectionId}/ruling`, { upheld: true, note: '经核查属实' });
    expect(ruled.body).toMatchObject({ status: 'upheld', nominationStatus: 'withdrawn' });
    upheldObjection = { nominationId: winner, objectionId: lodged.body.objectionId };
    // The place is not left free: the nomination that waited takes it, into publicity.
    const [quota] = await city.sql(`SELECT taken FROM awards.honour_quotas WHERE honour_code = 'pioneer-team'`);
    expect(quota.taken).toBe(1);
    expect((await nomination(loser)).status).toBe('publicity');
    // Its own objection upheld, its place is free again, nobody waiting.
    const objectorOfLoser = await city.tokenAs('worker', (await nomination(loser)).nominee.id);
    const second = await awards(objectorOfLoser).post(`/nominations/${loser}/objections`, { reason: '材料不实' });
    const ruledSecond = await awards(cityCadre.token).post(`/nominations/${loser}/objections/${second.body.objectionId}/ruling`, { upheld: true });
    expect(ruledSecond.body).toMatchObject({ status: 'upheld', nominationStatus: 'withdrawn' });
    const [freed] = await city.sql(`SELECT taken FROM awards.honour_quotas WHERE honour_code = 'pioneer-team'`);
    expect(freed.taken).toBe(0);

    const next = await nominate('pioneer-team', 'team-b1a');
    const submitted = (await submit(next.id)).body;
    await (await approveAllButLast(submitted.approvalWorkflowId))();
    await waitForStatus(next.id, 'publicity');
    winner = next.id;
  });

  it("keeps the withdrawn nomination's case file: every opinion, the objection with its objector unnamed, the ruling, the withdrawal, each entry verified", async () => {
    await city.auditSealed('awards');
    const id = upheldObjection.nominationId;
    const file = await awards(cityCadre.token).get(`/nominations/${id}/case-file`);
    expect(file.status).toBe(200);
    expect(file.body).toMatchObject({ kind: 'nomination', id, status: 'withdrawn' });
    const steps = file.body.entries.map((e: Json) => [e.action, e.actor.kind, e.unit.id]);
    // The chain's trail records its submission under the submitter's own unit, each decision under its box's.
    expect(steps.slice(0, 9)).toEqual([
      ['nomination.created', 'user', 'city'],
      ['nomination.submitted', 'user', 'city'],
      ['approval.submitted', 'user', 'city'],
      ['approval.step-approved', 'user', 'ent-a1'],
      ['approval.step-approved', 'user', 'town-a1'],
      ['approval.step-approved', 'user', 'county-a'],
      ['approval.approved', 'user', 'city'],
      ['nomination.approved', 'user', 'city'],
      ['nomination.objection-lodged', 'objector', expect.any(String)],
    ]);
    // The ruling and the withdrawal it causes are two activities of the publicity workflow, written in either order.
    expect(steps.slice(9)).toEqual(
      expect.arrayContaining([
        ['nomination.objection-upheld', 'user', 'city'],
        ['nomination.withdrawn', 'system', 'city'],
      ]),
    );
    expect(steps).toHaveLength(11);
    const entry = (action: string) => file.body.entries.find((e: Json) => e.action === action);
    expect(entry('nomination.objection-lodged')).toMatchObject({ actor: { kind: 'objector', displayName: null }, opinion: '申报材料中的获奖情况不实' });
    expect(entry('nomination.objection-upheld')).toMatchObject({ actor: { displayName: cityCadre.name }, opinion: '经核查属实' });
    expect(entry('approval.step-approved').actor.displayName).toBe(entA1.name);
    const [objection] = await city.sql<{ lodged_by: string }>(`SELECT lodged_by FROM awards.objections WHERE id = $1`, [upheldObjection.objectionId]);
    expect(JSON.stringify(file.body)).not.toContain(objection.lodged_by);
    expect(file.body.verification).toEqual({ verified: 11, altered: 0, unlinked: 0, unsealed: 0 });
    // Off the nominee's line, the file is refused as the nomination is.
    expect((await awards(countyB.token).get(`/nominations/${id}/case-file`)).status).toBe(403);
  });

  it('takes a ruling only from the conferring union: another line learns nothing of it, and an unknown objection is 404', async () => {
    // The nominee now is team-b1a, in county B: county A's cadre is off its line.
    const offLine = await awards(countyCadre.token).post(`/nominations/${winner}/objections/${randomUUID()}/ruling`, { upheld: true });
    expect(offLine.status).toBe(403);
    expect(offLine.body.message).not.toMatch(/conferring union|rules on objections/);
    const unknown = randomUUID();
    const none = await awards(cityCadre.token).post(`/nominations/${winner}/objections/${unknown}/ruling`, { upheld: true });
    expect([none.status, none.body.message]).toEqual([404, `objectionId: nomination ${winner} has no objection ${unknown}`]);
  });

  it('confers the honour when the publicity period ends with no objection pending: history, certificate, fund', async () => {
    await waitForStatus(winner, 'conferred', (PUBLICITY_SECONDS + 30) * 1000);
    const history = (await awards(cityCadre.token).get('/honour-history/team-b1a')).body;
    expect(history).toEqual([expect.objectContaining({ honour: '工人先锋号', year, certificateNo: expect.stringMatching(new RegExp(`^${year}-PIONEER-TEAM-`)) })]);
    const pdf = await fetch(`${city.awards?.url}/nominations/${winner}/certificate.pdf`, { headers: { authorization: `Bearer ${cityCadre.token}` } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await pdf.arrayBuffer())).replace(/\s+/g, '');
    expect(text).toContain('单位team-b1a');
    expect(text).toContain('工人先锋号');
    const fund = (await awards(cityCadre.token).get(`/competition-funds/city/${year}`)).body;
    expect(fund).toMatchObject({ spentYuan: '5000.00', leftYuan: '6000.00' });

    // Its period is over too: a ruling changed now is refused (409), not a server error.
    const changed = await awards(cityCadre.token).post(`/nominations/${upheldObjection.nominationId}/objections/${upheldObjection.objectionId}/ruling`, { upheld: false });
    expect(changed.status).toBe(409);
  });

  it('never overdraws the fund when conferrals come together: the rewards it cannot hold wait', async () => {
    const teams = ['team-a1a', 'team-a1b', 'team-b1a'];
    const nominations = await Promise.all(teams.map((t) => nominate('innovative-team', t)));
    const lasts = [];
    for (const n of nominations) lasts.push(await approveAllButLast((await submit(n.id)).body.approvalWorkflowId));
    await Promise.all(lasts.map((decide) => decide()));
    for (const n of nominations) await waitForStatus(n.id, 'conferred', (PUBLICITY_SECONDS + 30) * 1000);
    const [fund] = await city.sql(`SELECT total_fen, spent_fen FROM awards.competition_funds WHERE unit_id = 'city'`);
    // 6,000 yuan left for three 3,000 yuan rewards: two are paid, one waits; never below zero.
    expect(fund).toEqual({ total_fen: '1100000', spent_fen: '1100000' });
    const paid = await city.sql(`SELECT count(*)::int AS n FROM awards.fund_entries f JOIN awards.nominations n ON n.id = f.nomination_id WHERE n.honour_code = 'innovative-team'`);
    expect(paid).toEqual([{ n: 2 }]);
    const waiting = await city.sql(`SELECT status_note FROM awards.nominations WHERE honour_code = 'innovative-team' AND status_note IS NOT NULL`);
    expect(waiting).toHaveLength(1);
    expect(waiting[0].status_note).toContain('cannot hold the 3000.00 yuan reward');
  });

  it('makes the top-ranked contestants of a signed-off skills contest priority candidates, from the event on Kafka', async () => {
    // The honour is set on a contest awards knows (from assessment's skills-contest.created) of the county's own.
    const contest = await apiClient(city.assessment?.url as string, countyCadre.token).post('/skills-contests', {
      name: '2026年数控车工技能比武',
      trade: '数控车工',
      organiserUnitId: 'county-a',
      scheme: [{ key: 'practice', name: '实际操作', maxPoints: 100 }],
    });
    expect(contest.status).toBe(201);
    const contestId: string = contest.body.id;
    await waitFor('awards to know the contest and take its honour', async () => {
      const res = await awards(countyCadre.token).put(`/skills-contests/${contestId}/honour`, { honourCode: 'craftsman-changxing', conferringUnitId: 'county-a', topRanks: 2 });
      return res.status === 200;
    }, { timeoutMs: 90_000 });
    const refused = await awards(countyCadre.token).put(`/skills-contests/${contestId}/honour`, { honourCode: 'pioneer-team', conferringUnitId: 'county-a', topRanks: 2 });
    expect(refused.status).toBe(400);
    const [w1, w2, w3] = await Promise.all(['team-a1a', 'team-a1b', 'ent-a2'].map((unit) => city.person('worker', unit, { knownIn: [] })));
    const result = (p: TestPerson, rank: number, finalScore: string) => ({ userId: p.id, displayName: p.name, unitId: p.principal.orgUnitId, unitPath: p.principal.orgPath, finalScore, rank });
    const kafka = new Kafka({ clientId: 'awards-test', brokers: (process.env.KAFKA_BROKERS as string).split(','), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    const envelope = {
      eventId: crypto.randomUUID(),
      type: 'skills-contest.signed-off',
      version: 1,
      occurredAt: new Date().toISOString(),
      producer: 'assessment',
      correlationId: 'test',
      orgUnitId: 'county-a',
      aggregateId: contestId,
      payload: {
        contestId,
        competitionId: null,
        name: '2026年数控车工技能比武',
        trade: '数控车工',
        organiserUnitId: 'county-a',
        results: [result(w1, 1, '95.00'), result(w2, 2, '91.25'), result(w3, 3, '88.00')],
        signedOffAt: new Date().toISOString(),
      },
    };
    await producer.send({ topic: physicalTopic('assessment.skills-contests', city.topicPrefix), messages: [{ key: contestId, value: JSON.stringify(envelope) }] });
    await producer.disconnect();
    const candidates = await waitFor('the contest candidates', async () => {
      const res = await awards(countyCadre.token).get('/nominations?status=candidate&honourCode=craftsman-changxing');
      return res.body.total === 2 ? res.body.items : undefined;
    });
    expect(candidates.map((c: Json) => [c.nominee.id, c.priority, c.material]).sort()).toEqual(
      [
        [w1.id, true, '2026年数控车工技能比武（数控车工）第 1 名，最终得分 95.00'],
        [w2.id, true, '2026年数控车工技能比武（数控车工）第 2 名，最终得分 91.25'],
      ].sort(),
    );
  });

  it('takes a unit from a finalised assessment sheet to a conferred honour, through HTTP and Kafka', async () => {
    const root = apiClient(city.registration.url, city.rootToken);
    const competition = (await root.post('/competitions', { name: '2026年东城区劳动竞赛', organiserOrgUnitId: 'city', startDate: '2026-03-01', endDate: '2026-12-31' })).body.id;
    await root.post(`/competitions/${competition}/filing`);
    await root.post(`/competitions/${competition}/lifecycle`, { action: 'open' });
    await root.post(`/competitions/${competition}/enrolments`, { unitId: 'ent-a2', participants: 50, contactName: '张敏', contactPhone: '13800000001' });
    // The city organises the competition, so the city sets its honour; the county confers it.
    await waitFor('awards to know the competition and take its honour', async () => {
      const res = await awards(cityCadre.token).put(`/competitions/${competition}/honour`, { honourCode: 'competition-advanced-unit', conferringUnitId: 'county-a' });
      return res.status === 200;
    }, { timeoutMs: 90_000 });
    expect((await awards(countyCadre.token).put(`/honour-quotas/competition-advanced-unit/county-a/${year}`, { quota: 3 })).status).toBe(200);

    const assessment = (token: string) => apiClient(city.assessment?.url as string, token);
    await waitFor(
      'assessment to open the sheet',
      async () => {
        const res = await assessment(city.rootToken).put(`/competitions/${competition}/assessment`, { templateCode: 'pioneer-team-assessment-2018' });
        return res.status === 200 && res.body.sheetsOpened === 1 ? true : undefined;
      },
      { timeoutMs: 90_000 },
    );
    const [sheet] = (await assessment(city.rootToken).get(`/competitions/${competition}/assessment-sheets`)).body.items;
    const inputs = {
      documents: { provided: 4 },
      activities: { provided: 5 },
      effectiveness: { values: { awareness: 100, participation: 100, satisfaction: 95 } },
      summary: { provided: 2 },
      'wall-leading-group': { present: true },
      'wall-post-name': { present: true },
      'wall-post-members': { present: true },
      'wall-slogan': { present: true },
      'wall-pledge-and-goals': { present: true },
      'wall-supervision-phone': { present: true },
    };
    const ent = await city.tokenAs('enterprise_union_cadre', 'ent-a2');
    await assessment(ent).put(`/assessment-sheets/${sheet.id}/self-assessment`, { inputs });
    await assessment(ent).post(`/assessment-sheets/${sheet.id}/submission`);
    await assessment(townA1.token).put(`/assessment-sheets/${sheet.id}/review`, { inputs });
    expect((await assessment(townA1.token).post(`/assessment-sheets/${sheet.id}/finalisation`)).body.status).toBe('finalised');
    expect((await assessment(city.rootToken).post(`/competitions/${competition}/assessment/results`)).body.published).toBe(1);

    // Over Kafka: the passing unit is a priority candidate (优先推荐) in awards.
    const candidate = await waitFor('the candidate in awards', async () => {
      const res = await awards(countyCadre.token).get('/nominations?status=candidate&honourCode=competition-advanced-unit');
      return res.body.items[0];
    });
    expect(candidate).toMatchObject({ priority: true, source: 'assessment', competitionId: competition, nominee: { kind: 'unit', id: 'ent-a2' } });
    // Put forward by the city union, so that the township and the county decide on it.
    const submitted = (await awards(cityCadre.token).post(`/nominations/${candidate.id}/submission`)).body;
    expect(submitted.status).toBe('submitted');
    await approveChain(city.awards?.url as string, submitted.approvalWorkflowId, [townA1, countyCadre]);
    await waitForStatus(candidate.id, 'conferred', (PUBLICITY_SECONDS + 30) * 1000);

    const events = await readAwardEvents(city, candidate.id);
    expect(events.map((e) => e.type)).toEqual(['award.approved', 'award.conferred']);
  });
});

async function readAwardEvents(city: TestCity, nominationId: string): Promise<Json[]> {
  const kafka = new Kafka({ clientId: 'awards-test', brokers: (process.env.KAFKA_BROKERS as string).split(','), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `awards-test-${Date.now()}` });
  const events: Json[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic: physicalTopic('awards.nominations', city.topicPrefix), fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void events.push(JSON.parse(String(message.value))) });
  try {
    await waitFor('the award events on Kafka', async () => events.filter((e) => e.aggregateId === nominationId).length >= 2, { timeoutMs: 60_000 });
  } finally {
    await consumer.disconnect();
  }
  return events.filter((e) => e.aggregateId === nominationId);
}

/**
 * The text of a PDF's pages, extracted by pdfjs in a child process (pdfjs is an ES module, which this
 * test runner does not load).
 */
function pdfText(pdf: Buffer): string {
  const script = `
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    const doc = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), verbosity: 0 }).promise;
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) text += (await (await doc.getPage(n)).getTextContent()).items.map((i) => i.str).join('');
    process.stdout.write(text);`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { input: pdf, encoding: 'utf8' });
}
