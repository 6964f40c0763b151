import { Json } from '@lc/testing';
import { Person, SkillsCity, startSkillsCity } from './fixtures/skills-city';

/**
 * A county welding contest (技能比武) on the real services: users created through registration and
 * known to assessment from user.created events; a panel of five judges, two of them at enterprises;
 * four contestants; conflict of interest (回避), scheme limits, sign-off by the chief judge, the lock,
 * and results with the trimmed mean and the tie-break as computed by hand below.
 *
 * Scheme: practice (实际操作) 70, theory (理论知识) 30; trimAtJudges 5 (the default).
 * Judges: 甲 county-a (chief), 乙 town-a1, 丙 town-a2, 丁 ent-a1, 戊 ent-a3.
 * Contestants (entered in this order), [practice, theory] by judge:
 *   张 team-a1a (ent-a1, 丁 excluded): 甲 62+28=90, 乙 63+28=91, 丙 62+27=89, 戊 63+29=92 → 4 totals, none dropped, 362/4 = 90.50
 *   王 ent-a2 (nobody excluded):      甲 55+25=80, 乙 62+28=90, 丙 59+26=85, 丁 50+20=70, 戊 61+27=88
 *                                      → 5 totals: 乙's 90 and 丁's 70 dropped, 253/3 = 84.333… → 84.33; untrimmed 413/5 = 82.60
 *   李 ent-a3 (戊 excluded):          甲 59+25.5=84.5, 乙 58+26=84, 丙 59+25.32=84.32, 丁 59+25.5=84.5 → 337.32/4 = 84.33; untrimmed 84.33
 *   赵 team-a1b (ent-a1, 丁 excluded): 张's points given by other judges → equal to 张 on every criterion
 * Ranks: 张 1 and 赵 1 (shared), 李 3 (ties 王 on 84.33, higher untrimmed mean), 王 4.
 */
describe('skills contests (技能比武)', () => {
  let s: SkillsCity;
  let organiser: Person;
  let otherCounty: Person;
  let chief: Person;
  let judgeB: Person;
  let judgeC: Person;
  let judgeD: Person;
  let judgeE: Person;
  let outsider: Person;
  let zhang: Person;
  let wang: Person;
  let li: Person;
  let zhao: Person;
  let elsewhere: Person;
  let contestId: string;

  beforeAll(async () => {
    s = await startSkillsCity();
    [organiser, otherCounty, chief, judgeB, judgeC, judgeD, judgeE, outsider, zhang, wang, li, zhao, elsewhere] = await Promise.all([
      s.person('county_union_cadre', 'county-a', '县总干部'),
      s.person('county_union_cadre', 'county-b', '乙县干部'),
      s.person('judge', 'county-a', '评委甲'),
      s.person('judge', 'town-a1', '评委乙'),
      s.person('judge', 'town-a2', '评委丙'),
      s.person('judge', 'ent-a1', '评委丁'),
      s.person('judge', 'ent-a3', '评委戊'),
      s.person('judge', 'county-b', '外县评委'),
      s.person('worker', 'team-a1a', '张师傅'),
      s.person('worker', 'ent-a2', '王师傅'),
      s.person('worker', 'ent-a3', '李师傅'),
      s.person('worker', 'team-a1b', '赵师傅'),
      s.person('worker', 'team-b1a', '外县职工'),
    ]);
  });

  afterAll(() => s?.stop());

  const score = (judge: Person, contestant: Person, practice: number, theory: number) =>
    s.api(judge.token).put(`/skills-contests/${contestId}/scores/${contestant.id}`, { points: { practice, theory } });

  const auditRows = () =>
    s.sql<{ action: string; actor_id: string; before: Json; after: Json; reason: string | null }>(
      `SELECT action, actor_id, before, after, reason FROM assessment.audit_log WHERE entity_id = $1 ORDER BY id`,
      [contestId],
    );

  it('lets a county cadre open a contest with its marking scheme, and refuses bad schemes and other counties', async () => {
    const contest = {
      name: '2026年全县职工焊工技能比武',
      trade: '焊工',
      organiserUnitId: 'county-a',
      scheme: [
        { key: 'practice', name: '实际操作', maxPoints: 70 },
        { key: 'theory', name: '理论知识', maxPoints: 30 },
      ],
    };
    const duplicate = await s.api(organiser.token).post('/skills-contests', { ...contest, scheme: [contest.scheme[0], contest.scheme[0]] });
    expect([duplicate.status, duplicate.body.message]).toEqual([400, "scheme: the key 'practice' is used twice; each item needs its own key"]);
    const tooFew = await s.api(organiser.token).post('/skills-contests', { ...contest, trimAtJudges: 2, scheme: [{ key: 'practice', name: '实际操作', maxPoints: 0 }] });
    expect(tooFew.status).toBe(400);
    expect(tooFew.body.message).toEqual(
      expect.arrayContaining(['scheme.0.maxPoints: must be more than 0', 'trimAtJudges: must be at least 3, or dropping two totals leaves none']),
    );
    const sibling = await s.api(otherCounty.token).post('/skills-contests', contest);
    expect(sibling.status).toBe(403);
    expect(sibling.body.message).toContain('county-a');

    const created = await s.api(organiser.token).post('/skills-contests', contest);
    expect(created.status).toBe(201);
    contestId = created.body.id;
    expect(created.body).toMatchObject({
      name: contest.name,
      trade: '焊工',
      organiserUnitId: 'county-a',
      trimAtJudges: 5,
      status: 'open',
      scheme: [
        { key: 'practice', name: '实际操作', maxPoints: '70.00' },
        { key: 'theory', name: '理论知识', maxPoints: '30.00' },
      ],
      maxTotal: '100.00',
      judges: [],
      contestants: [],
    });
  });

  it('seats a panel with one chief judge and enters workers, each with the enterprise they are from', async () => {
    const api = s.api(organiser.token);
    expect((await api.post(`/skills-contests/${contestId}/judges`, { userId: chief.id, chief: true })).status).toBe(201);
    for (const judge of [judgeB, judgeC, judgeD, judgeE]) expect((await api.post(`/skills-contests/${contestId}/judges`, { userId: judge.id })).status).toBe(201);

    // A union cadre may judge too, but there is one chief.
    const secondChief = await api.post(`/skills-contests/${contestId}/judges`, { userId: organiser.id, chief: true });
    expect([secondChief.status, secondChief.body.message]).toEqual([
      409,
      `chief: 评委甲 (${chief.id}) is already the chief judge; there is one per contest (move it with PUT /skills-contests/${contestId}/chief-judge)`,
    ]);
    const otherLine = await api.post(`/skills-contests/${contestId}/judges`, { userId: outsider.id });
    expect([otherLine.status, otherLine.body.message]).toEqual([
      400,
      "userId: 外县评委's unit county-b is neither above nor under the organiser county-a; judges come from the organiser's line of units",
    ]);
    const again = await api.post(`/skills-contests/${contestId}/judges`, { userId: judgeB.id, chief: true });
    expect([again.status, again.body.message]).toEqual([409, 'userId: 评委乙 is already on the panel']);
    const workerAsJudge = await api.post(`/skills-contests/${contestId}/judges`, { userId: zhang.id });
    expect([workerAsJudge.status, workerAsJudge.body.message]).toEqual([
      400,
      `userId: 张师傅 (${zhang.id}) holds worker; a judge needs the role judge (评委) or a union cadre role`,
    ]);

    for (const worker of [zhang, wang, li, zhao]) expect((await api.post(`/skills-contests/${contestId}/contestants`, { userId: worker.id })).status).toBe(201);
    const otherBranch = await api.post(`/skills-contests/${contestId}/contestants`, { userId: elsewhere.id });
    expect([otherBranch.status, otherBranch.body.message]).toEqual([
      400,
      "userId: 外县职工's unit team-b1a is not under the organiser county-a; a contest is open to the workers of the units under its organiser",
    ]);
    const judgeAsContestant = await api.post(`/skills-contests/${contestId}/contestants`, { userId: judgeB.id });
    expect(judgeAsContestant.status).toBe(400);
    const notAsOrganiser = await s.api(otherCounty.token).post(`/skills-contests/${contestId}/contestants`, { userId: elsewhere.id });
    expect(notAsOrganiser.status).toBe(403);

    const contest = await api.get(`/skills-contests/${contestId}`);
    expect(contest.status).toBe(200);
    expect(contest.body.judges.map((j: Json) => [j.displayName, j.orgUnitId, j.enterpriseUnitId, j.chief])).toEqual([
      ['评委甲', 'county-a', null, true],
      ['评委乙', 'town-a1', null, false],
      ['评委丙', 'town-a2', null, false],
      ['评委丁', 'ent-a1', 'ent-a1', false],
      ['评委戊', 'ent-a3', 'ent-a3', false],
    ]);
    expect(contest.body.contestants.map((c: Json) => [c.displayName, c.orgUnitId, c.enterpriseUnitId])).toEqual([
      ['张师傅', 'team-a1a', 'ent-a1'],
      ['王师傅', 'ent-a2', 'ent-a2'],
      ['李师傅', 'ent-a3', 'ent-a3'],
      ['赵师傅', 'team-a1b', 'ent-a1'],
    ]);
    // 5 judges × 4 contestants, less 丁 for 张 and 赵 and 戊 for 李.
    expect(contest.body.scoring).toEqual({ expected: 17, recorded: 0, missing: 17 });
  });

  it('refuses a judge scoring a contestant of their own enterprise (回避) with 403 and the reason, and records the attempt', async () => {
    const res = await score(judgeD, zhang, 60, 25);
    expect(res.status).toBe(403);
    expect(res.body.message).toBe(
      'conflict of interest (回避): you are from the enterprise ent-a1, as is the contestant 张师傅; a judge never scores a contestant of their own enterprise',
    );
    expect((await score(judgeE, li, 60, 25)).status).toBe(403);
    const [denial] = await s.sql<{ action: string; actor_id: string; reason: string }>(
      `SELECT action, actor_id, reason FROM assessment.audit_log WHERE action = 'access.denied' AND actor_id = $1`,
      [judgeD.id],
    );
    expect(denial).toEqual({ action: 'access.denied', actor_id: judgeD.id, reason: res.body.message });
    expect(await s.sql(`SELECT 1 FROM assessment.skills_contest_scores WHERE judge_user_id = $1`, [judgeD.id])).toEqual([]);
  });

  it('refuses points over the item maximum (400 naming the item), and a judge who is not on the panel (403)', async () => {
    const over = await score(chief, wang, 75, 25);
    expect([over.status, over.body.message]).toEqual([400, ["points.practice: 75.00 is over the item's maximum of 70.00 (实际操作)"]]);
    const unknown = await s.api(chief.token).put(`/skills-contests/${contestId}/scores/${wang.id}`, { points: { practice: 50, theory: 20, style: 5 } });
    expect([unknown.status, unknown.body.message]).toEqual([400, ["points.style: the scheme has no item 'style'; its items are practice, theory"]]);
    const notOnPanel = await score(outsider, wang, 60, 25);
    expect(notOnPanel.status).toBe(403);
    expect(notOnPanel.body.message).toBe(`you are not on the judge panel of skills contest ${contestId} ("2026年全县职工焊工技能比武"); only its judges score and sign off`);
    const notAContestant = await score(chief, judgeB, 60, 25);
    expect([notAContestant.status, notAContestant.body.message]).toEqual([404, `contestantId: ${judgeB.id} is not a contestant of skills contest ${contestId}`]);
  });

  it('records the scores; a judge corrects their own until sign-off, every write audited', async () => {
    const first = await score(chief, wang, 50, 25);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ judgeUserId: chief.id, contestantUserId: wang.id, points: { practice: '50.00', theory: '25.00' }, total: '75.00' });
    const corrected = await score(chief, wang, 55, 25);
    expect(corrected.body).toMatchObject({ points: { practice: '55.00', theory: '25.00' }, total: '80.00', recordedAt: first.body.recordedAt });

    const sheet: [Person, Person, number, number][] = [
      [chief, zhang, 62, 28], [judgeB, zhang, 63, 28], [judgeC, zhang, 62, 27], [judgeE, zhang, 63, 29],
      [judgeB, wang, 62, 28], [judgeC, wang, 59, 26], [judgeD, wang, 50, 20],
      [chief, li, 59, 25.5], [judgeB, li, 58, 26], [judgeC, li, 59, 25.32], [judgeD, li, 59, 25.5],
      [chief, zhao, 63, 29], [judgeB, zhao, 62, 27], [judgeC, zhao, 63, 28], [judgeE, zhao, 62, 28],
    ];
    for (const [judge, contestant, practice, theory] of sheet) {
      const res = await score(judge, contestant, practice, theory);
      expect([judge.name, contestant.name, res.status]).toEqual([judge.name, contestant.name, 200]);
    }
    const recorded = (await auditRows()).filter((r) => r.action === 'skills-contest.score-recorded');
    expect(recorded).toHaveLength(2 + sheet.length);
    expect(recorded[1]).toMatchObject({
      actor_id: chief.id,
      before: { judgeUserId: chief.id, contestantUserId: wang.id, points: { practice: '50.00', theory: '25.00' }, total: '75.00' },
      after: { judgeUserId: chief.id, contestantUserId: wang.id, points: { practice: '55.00', theory: '25.00' }, total: '80.00' },
    });
  });

  it("shows a judge their own scores only (the pad opened again), and refuses the organiser who is not on the panel", async () => {
    const mine = await s.api(judgeB.token).get(`/skills-contests/${contestId}/my-scores`);
    expect(mine.status).toBe(200);
    expect(mine.body.map((x: Json) => [x.judgeUserId, x.contestantUserId, x.total])).toEqual([
      [judgeB.id, zhang.id, '91.00'],
      [judgeB.id, wang.id, '90.00'],
      [judgeB.id, li.id, '84.00'],
      [judgeB.id, zhao.id, '89.00'],
    ]);
    expect((await s.api(chief.token).get(`/skills-contests/${contestId}/my-scores`)).body.map((x: Json) => x.contestantUserId)).toEqual([zhang.id, wang.id, li.id, zhao.id]);
    const refused = await s.api(organiser.token).get(`/skills-contests/${contestId}/my-scores`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('judge-not-allowed');
  });

  it('signs off only a complete sheet, only by the chief judge; meanwhile results are provisional and not shown to the other judges', async () => {
    const incomplete = await s.api(chief.token).post(`/skills-contests/${contestId}/sign-off`, {});
    expect(incomplete.status).toBe(409);
    expect(incomplete.body.message).toBe(
      '1 of 17 scores are missing: 评委戊 has not scored 王师傅. Every judge scores every contestant they are not excluded from; take a judge who cannot finish off the panel first',
    );
    expect((await score(judgeE, wang, 61, 27)).status).toBe(200);

    const notChief = await s.api(judgeB.token).post(`/skills-contests/${contestId}/sign-off`, {});
    expect([notChief.status, notChief.body.message]).toEqual([403, `only the chief judge signs skills contest ${contestId} off; you are a judge on its panel`]);
    const organiserSignsOff = await s.api(organiser.token).post(`/skills-contests/${contestId}/sign-off`, {});
    expect(organiserSignsOff.status).toBe(403);

    expect((await s.api(judgeB.token).get(`/skills-contests/${contestId}/results`)).status).toBe(403);
    const provisional = await s.api(organiser.token).get(`/skills-contests/${contestId}/results`);
    expect(provisional.status).toBe(200);
    expect(provisional.body).toMatchObject({ status: 'open', final: false, scoring: { expected: 17, recorded: 17, missing: 0 } });

    const signed = await s.api(chief.token).post(`/skills-contests/${contestId}/sign-off`, { note: '成绩无异议' });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'locked', final: true, signedOffBy: chief.id, signOffNote: '成绩无异议' });
    const [signOff] = (await auditRows()).filter((r) => r.action === 'skills-contest.signed-off');
    expect(signOff).toMatchObject({ actor_id: chief.id, reason: '成绩无异议', after: { status: 'locked', scores: 17 } });
    expect(signOff.after.results.map((r: Json) => [r.contestantUserId, r.rank, r.finalScore])).toEqual([
      [zhang.id, 1, '90.50'],
      [zhao.id, 1, '90.50'],
      [li.id, 3, '84.33'],
      [wang.id, 4, '84.33'],
    ]);
    // The signed results go out as an event, in the same transaction, for awards (优先推荐).
    const [event] = await s.sql(`SELECT envelope FROM assessment.outbox WHERE event_type = 'skills-contest.signed-off'`);
    expect(event.envelope.payload.results.map((r: Json) => [r.userId, r.rank, r.finalScore, r.unitPath.length > 0])).toEqual([
      [zhang.id, 1, '90.50', true],
      [zhao.id, 1, '90.50', true],
      [li.id, 3, '84.33', true],
      [wang.id, 4, '84.33', true],
    ]);
  });

  it('takes no more scores, panel or contestant changes once signed off (409)', async () => {
    const late = await score(chief, wang, 70, 30);
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(new RegExp(`^skills contest ${contestId} was signed off by the chief judge at .+; its panel, contestants and scores are locked$`));
    expect((await s.api(organiser.token).post(`/skills-contests/${contestId}/judges`, { userId: organiser.id })).status).toBe(409);
    expect((await s.api(organiser.token).send('DELETE', `/skills-contests/${contestId}/contestants/${wang.id}`)).status).toBe(409);
    expect((await s.api(organiser.token).send('DELETE', `/skills-contests/${contestId}/judges/${judgeB.id}`)).status).toBe(409);
    expect((await s.api(chief.token).post(`/skills-contests/${contestId}/sign-off`, {})).status).toBe(409);
    const [{ total }] = await s.sql<{ total: string }>(
      `SELECT total_centipoints::text AS total FROM assessment.skills_contest_scores WHERE judge_user_id = $1 AND contestant_user_id = $2`,
      [chief.id, wang.id],
    );
    expect(total).toBe('8000');
  });

  it('ranks by the trimmed mean with the tie-break, shows what was dropped and who was excluded, for the organiser line to see', async () => {
    const res = await s.api(zhang.token).get(`/skills-contests/${contestId}/results`);
    expect(res.status).toBe(200);
    const results = res.body.results;
    expect(results.map((r: Json) => [r.contestant.displayName, r.rank, r.finalScore, r.untrimmedMean, r.separatedBy])).toEqual([
      ['张师傅', 1, '90.50', '90.50', 'shared'],
      ['赵师傅', 1, '90.50', '90.50', 'shared'],
      ['李师傅', 3, '84.33', '84.33', 'untrimmed-mean'],
      ['王师傅', 4, '84.33', '82.60', 'untrimmed-mean'],
    ]);
    const wangResult = results[3];
    expect(wangResult.judgeTotals.map((t: Json) => [t.displayName, t.total, t.dropped])).toEqual([
      ['评委甲', '80.00', null],
      ['评委乙', '90.00', 'highest'],
      ['评委丙', '85.00', null],
      ['评委丁', '70.00', 'lowest'],
      ['评委戊', '88.00', null],
    ]);
    expect(wangResult.itemMeans).toEqual({ practice: '58.33', theory: '26.00' });
    expect(wangResult.excludedJudges).toEqual([]);
    // 李 has four scores (戊 excluded): fewer than 5, so none is dropped.
    expect(results[2].judgeTotals.map((t: Json) => [t.displayName, t.total, t.dropped])).toEqual([
      ['评委甲', '84.50', null],
      ['评委乙', '84.00', null],
      ['评委丙', '84.32', null],
      ['评委丁', '84.50', null],
    ]);
    expect(results[2].excludedJudges).toEqual([{ judgeUserId: judgeE.id, displayName: '评委戊', reason: "from the contestant's enterprise ent-a3 (回避)" }]);
    expect(results[0].itemMeans).toEqual({ practice: '62.50', theory: '28.00' });
    expect(res.body.tieBreak).toContain('untrimmed mean');

    // Judges see the final results; a county that is neither above nor under the organiser does not.
    expect((await s.api(judgeB.token).get(`/skills-contests/${contestId}/results`)).status).toBe(200);
    const otherBranch = await s.api(otherCounty.token).get(`/skills-contests/${contestId}/results`);
    expect(otherBranch.status).toBe(403);
    expect(otherBranch.body.message).toContain('is organised by county-a, which is neither above nor under your unit county-b');

    const listed = await s.api(judgeE.token).get('/skills-contests');
    expect(listed.body.items.map((c: Json) => [c.id, c.status])).toEqual([[contestId, 'locked']]);
    expect((await s.api(otherCounty.token).get('/skills-contests')).body).toEqual({ items: [], total: 0 });
  });

  it('takes a judge off the panel with their scores (kept in the audit trail), moves the chief, and trims at a configured 3 judges', async () => {
    const api = s.api(organiser.token);
    const created = await api.post('/skills-contests', {
      name: '电工技能比武(小组赛)',
      trade: '电工',
      organiserUnitId: 'town-a1',
      trimAtJudges: 3,
      scheme: [{ key: 'wiring', name: '接线', maxPoints: 100 }],
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await api.post(`/skills-contests/${id}/judges`, { userId: judgeB.id, chief: true })).status).toBe(201);
    // A county judge may sit on a township's panel: the county is above it.
    for (const judge of [chief, judgeD]) expect((await api.post(`/skills-contests/${id}/judges`, { userId: judge.id })).status).toBe(201);
    // 王 (ent-a2) may contest a town-a1 contest; 李 (ent-a3, under town-a2) may not.
    expect((await api.post(`/skills-contests/${id}/contestants`, { userId: wang.id })).status).toBe(201);
    expect((await api.post(`/skills-contests/${id}/contestants`, { userId: li.id })).status).toBe(400);
    const put = (judge: Person, points: number) => s.api(judge.token).put(`/skills-contests/${id}/scores/${wang.id}`, { points: { wiring: points } });
    for (const [judge, points] of [[judgeB, 80], [chief, 90], [judgeD, 60]] as const) expect((await put(judge, points)).status).toBe(200);
    const trimmed = await s.api(organiser.token).get(`/skills-contests/${id}/results`);
    // Three totals, trimAtJudges 3: the 90 and the 60 are dropped, the 80 is kept.
    expect(trimmed.body.results[0]).toMatchObject({ finalScore: '80.00', untrimmedMean: '76.67', rank: 1 });

    const removed = await api.send('DELETE', `/skills-contests/${id}/judges/${judgeD.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.judges.map((j: Json) => j.displayName)).toEqual(['评委乙', '评委甲']);
    const [entry] = await s.sql<{ before: Json }>(
      `SELECT before FROM assessment.audit_log WHERE entity_id = $1 AND action = 'skills-contest.judge-removed'`,
      [id],
    );
    expect(entry.before).toMatchObject({ userId: judgeD.id, discardedScores: [{ contestantUserId: wang.id, total: '60.00', points: { wiring: '60.00' } }] });
    const twoLeft = await s.api(organiser.token).get(`/skills-contests/${id}/results`);
    expect(twoLeft.body.results[0]).toMatchObject({ finalScore: '85.00', untrimmedMean: '85.00' });

    const moved = await api.put(`/skills-contests/${id}/chief-judge`, { userId: chief.id });
    expect(moved.body.judges.map((j: Json) => [j.displayName, j.chief])).toEqual([
      ['评委乙', false],
      ['评委甲', true],
    ]);
    expect((await s.api(judgeB.token).post(`/skills-contests/${id}/sign-off`, {})).status).toBe(403);
    const signed = await s.api(chief.token).post(`/skills-contests/${id}/sign-off`, {});
    expect(signed.status).toBe(200);
    expect(signed.body.results.map((r: Json) => [r.contestant.displayName, r.rank, r.finalScore])).toEqual([['王师傅', 1, '85.00']]);
  });
});
