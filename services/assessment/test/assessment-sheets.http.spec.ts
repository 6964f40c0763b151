import { Workbook } from 'exceljs';
import { Kafka, logLevel } from 'kafkajs';
import { physicalTopic } from '@lc/messaging';
import { apiClient, Json, startTestCity, TestCity, waitFor } from '@lc/testing';

/**
 * From enrolment to assessment.completed on real Kafka: registration's enrolments open sheets in
 * assessment, units self-assess on attachment 3 (seed 004), the township reviews with comments,
 * sheets are finalised (and one corrected as a new revision), ranked, listed for the year end and
 * published as events. Also template versions: a sheet keeps the version it was opened on.
 */
describe('assessment sheets', () => {
  let city: TestCity;
  let root: ReturnType<typeof apiClient>;
  let assessment: (token: string) => ReturnType<typeof apiClient>;
  let entA1: string;
  let entA2: string;
  let townCadre: string;
  let entA1Cadre: string;
  let competitionId: string;
  const sheetOf = new Map<string, string>();

  beforeAll(async () => {
    city = await startTestCity({ withAssessment: true });
    root = apiClient(city.registration.url, city.rootToken);
    assessment = (token: string) => apiClient(city.assessment?.url as string, token);
    [entA1, entA2, townCadre, entA1Cadre] = await Promise.all([
      city.tokenAs('enterprise_union_cadre', 'ent-a1'),
      city.tokenAs('enterprise_union_cadre', 'ent-a2'),
      city.tokenAs('township_union_cadre', 'town-a1'),
      city.tokenAs('enterprise_union_cadre', 'ent-a1'),
    ]);
    const competition = await root.post('/competitions', { name: '2026年工人先锋号创建活动', organiserOrgUnitId: 'city', startDate: '2026-03-01', endDate: '2026-12-31' });
    competitionId = competition.body.id;
    expect((await root.post(`/competitions/${competitionId}/filing`)).status).toBe(201);
    expect((await root.post(`/competitions/${competitionId}/lifecycle`, { action: 'open' })).body.status).toBe('open');
    for (const unitId of ['ent-a1', 'ent-a2']) {
      expect((await root.post(`/competitions/${competitionId}/enrolments`, { unitId, participants: 30, contactName: '张敏', contactPhone: '13800000001' })).status).toBe(201);
    }
  });

  afterAll(() => city?.stop());

  const cityApi = () => assessment(city.rootToken);

  it('opens a sheet on the chosen template version for every enrolled unit, and for units enrolling later', async () => {
    // The first consumer groups to join a freshly started broker can take a while. The status and the
    // enrolments come on two topics, in either order: a sheet is opened by the configuration when its
    // enrolment came first, else by the enrolment when it comes.
    const configured = await waitFor('the competition to reach assessment, open', async () => {
      const res = await cityApi().put(`/competitions/${competitionId}/assessment`, { templateCode: 'pioneer-team-assessment-2018' });
      return res.status === 200 ? res.body : undefined;
    }, { timeoutMs: 90_000 });
    expect(configured.template).toEqual({ code: 'pioneer-team-assessment-2018', version: 1 });
    await waitFor('a sheet for each enrolled enterprise', async () => (await cityApi().get(`/competitions/${competitionId}/assessment-sheets`)).body.items?.length === 2, {
      timeoutMs: 90_000,
    });

    expect((await root.post(`/competitions/${competitionId}/enrolments`, { unitId: 'team-a1a', participants: 8, contactName: '王建军', contactPhone: '13800000002' })).status).toBe(201);
    const sheets = await waitFor('the team to get its sheet from its enrolment event', async () => {
      const res = await cityApi().get(`/competitions/${competitionId}/assessment-sheets`);
      return res.body.total === 3 ? res.body.items : undefined;
    });
    for (const sheet of sheets) sheetOf.set(sheet.unitId, sheet.id);
    expect(sheets.map((s: Json) => [s.unitId, s.unitKind, s.status, s.template.version])).toEqual([
      ['ent-a1', 'enterprise_union', 'draft', 1],
      ['team-a1a', 'team', 'draft', 1],
      ['ent-a2', 'enterprise_union', 'draft', 1],
    ]);
  });

  it('computes the self score from the inputs, refuses inputs the rules do not allow, and only the unit fills it in', async () => {
    const sheet = sheetOf.get('ent-a1') as string;
    const overMax = await assessment(entA1).put(`/assessment-sheets/${sheet}/self-assessment`, { inputs: { documents: { provided: 5 } } });
    expect(overMax.status).toBe(400);
    expect(JSON.stringify(overMax.body.message)).toContain('inputs.documents.provided');
    expect((await assessment(entA2).put(`/assessment-sheets/${sheet}/self-assessment`, { inputs: {} })).status).toBe(403);

    // The unit's own view: every file, activity and summary, the rates met, everything on the wall.
    const self = await assessment(entA1).put(`/assessment-sheets/${sheet}/self-assessment`, { inputs: fullMarks });
    expect(self.status).toBe(200);
    expect(self.body.self).toMatchObject({ total: 100, complete: true });

    // Evidence for an item, named in Chinese as the browser sends it (UTF-8), kept and served as uploaded.
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
    const form = new FormData();
    form.append('itemKey', 'documents');
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), '创建活动文件.pdf');
    const added = await assessment(entA1).post(`/assessment-sheets/${sheet}/evidence`, form);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ itemKey: 'documents', fileName: '创建活动文件.pdf' });
    expect((await assessment(entA1).get(`/assessment-sheets/${sheet}`)).body.evidence).toEqual([expect.objectContaining({ itemKey: 'documents', fileName: '创建活动文件.pdf' })]);
    const served = await fetch(`${city.assessment?.url}${added.body.path}`, { headers: { authorization: `Bearer ${entA1}` } });
    expect(Buffer.from(await served.arrayBuffer())).toEqual(pdf);
    expect((await assessment(entA1).post(`/assessment-sheets/${sheet}/submission`)).body.status).toBe('submitted');
    expect((await assessment(entA1).put(`/assessment-sheets/${sheet}/self-assessment`, { inputs: fullMarks })).status).toBe(409);
  });

  it("takes the upper level's review with a comment on every changed item, finalises it, and then refuses changes", async () => {
    const sheet = sheetOf.get('ent-a1') as string;
    // Worked by hand on attachment 3:
    //   一全 documents: 3 of 4 files → 20 − 5 = 15
    //   三有 activities: 4 of 5 → 15 − 3 = 12; effectiveness: 知晓率 90 (10 points short of 100 = 2 steps of 5 → −20),
    //        参与率 100, 满意率 95 → 25 − 20 = 5; summary: both → 10
    //   六上墙: five of six (no supervision phone) → 25
    //   total 15 + 12 + 5 + 10 + 25 = 67 < 90: not passed
    const review = {
      ...fullMarks,
      documents: { provided: 3 },
      activities: { provided: 4 },
      effectiveness: { values: { awareness: 90, participation: 100, satisfaction: 95 } },
      'wall-supervision-phone': { present: false },
    };
    const selfReviewer = await assessment(entA1Cadre).put(`/assessment-sheets/${sheet}/review`, { inputs: review });
    expect(selfReviewer.status).toBe(403);
    const noComments = await assessment(townCadre).put(`/assessment-sheets/${sheet}/review`, { inputs: review, comments: { documents: '缺活动总结' } });
    expect(noComments.status).toBe(400);
    expect(noComments.body.message).toEqual([
      'comments.activities: the review gives 12 where the unit gave 15; say why',
      'comments.effectiveness: the review gives 5 where the unit gave 25; say why',
      'comments.wall-supervision-phone: the review gives 0 where the unit gave 5; say why',
    ]);
    const reviewed = await assessment(townCadre).put(`/assessment-sheets/${sheet}/review`, {
      inputs: review,
      comments: { documents: '缺活动总结', activities: '仅4项活动', effectiveness: '知晓率90%', 'wall-supervision-phone': '未公开监督电话' },
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.review).toMatchObject({ total: 67, complete: true });
    expect(reviewed.body).toMatchObject({ status: 'reviewed', passed: false });

    expect((await assessment(townCadre).post(`/assessment-sheets/${sheet}/finalisation`)).body.status).toBe('finalised');
    expect((await assessment(townCadre).put(`/assessment-sheets/${sheet}/review`, { inputs: fullMarks })).status).toBe(409);
  });

  it('ranks finalised sheets, lists them for the year end (XLSX too), and publishes assessment.completed', async () => {
    const other = sheetOf.get('ent-a2') as string;
    // 20 + 12 (4 of 5) + 25 (知晓率 97: 3 points short is not a full step) + 5 (one of two summaries) + 30 = 92: passes.
    const inputs = { ...fullMarks, activities: { provided: 4 }, effectiveness: { values: { awareness: 97, participation: 100, satisfaction: 95 } }, summary: { provided: 1 } };
    await assessment(entA2).put(`/assessment-sheets/${other}/self-assessment`, { inputs });
    await assessment(entA2).post(`/assessment-sheets/${other}/submission`);
    expect((await assessment(townCadre).put(`/assessment-sheets/${other}/review`, { inputs })).body.review.total).toBe(92);
    await assessment(townCadre).post(`/assessment-sheets/${other}/finalisation`);

    const rankings = await cityApi().get(`/competitions/${competitionId}/rankings?level=enterprise`);
    expect(rankings.body.map((r: Json) => [r.unitId, r.score, r.rank, r.passed])).toEqual([
      ['ent-a2', 92, 1, true],
      ['ent-a1', 67, 2, false],
    ]);

    // Among the units of one township only, the same two; under ent-a2 alone, it is first of one.
    expect((await cityApi().get(`/competitions/${competitionId}/rankings?unitId=town-a1`)).body.map((r: Json) => r.rank)).toEqual([1, 2]);
    expect((await cityApi().get(`/competitions/${competitionId}/rankings?unitId=ent-a1`)).body.map((r: Json) => [r.unitId, r.rank, r.rankedAmong])).toEqual([['ent-a1', 1, 1]]);

    const download = await fetch(`${city.assessment?.url}/competitions/${competitionId}/year-end-assessment.xlsx`, { headers: { authorization: `Bearer ${city.rootToken}` } });
    expect(download.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await download.arrayBuffer()) as unknown as ArrayBuffer);
    // Titled with the competition and its year (from registration's competition.created), the file too.
    expect(decodeURIComponent(download.headers.get('content-disposition') ?? '')).toContain("2026年工人先锋号创建活动 2026年度年末考核评比.xlsx");
    expect(workbook.worksheets[0].getCell('A1').value).toBe('2026年工人先锋号创建活动 2026年度年末考核评比（企业）');
    expect(workbook.worksheets[0].getCell('A2').value).toBe('组织单位：测试市总工会');
    const rows = workbook.worksheets[0].getSheetValues().slice(4).map((row) => (row as unknown[]).slice(1));
    expect(rows).toEqual([
      [1, '单位 ent-a2', 'ent-a2', 92, 100, '合格'],
      [2, '单位 ent-a1', 'ent-a1', 67, 100, '不合格'],
    ]);

    const published = await cityApi().post(`/competitions/${competitionId}/assessment/results`);
    expect(published.body).toEqual({ published: 2, unchanged: 0 });
    const events = await readEvents(2);
    expect(events.map((e) => [e.payload.unitId, e.payload.score, e.payload.rank, e.payload.rankedAmong, e.payload.passed, e.payload.revision])).toEqual([
      ['ent-a1', 67, 2, 2, false, 1],
      ['ent-a2', 92, 1, 2, true, 1],
    ]);
    expect(events[0].payload).toMatchObject({ competitionId, level: 'enterprise', templateCode: 'pioneer-team-assessment-2018', templateVersion: 1, maxScore: 100 });
  });

  it('corrects a finalised sheet as a new, audited revision, and publishes only what changed', async () => {
    const sheet = sheetOf.get('ent-a1') as string;
    const corrected = await assessment(townCadre).post(`/assessment-sheets/${sheet}/corrections`, {
      reason: '复核发现活动总结已上报',
      inputs: { ...fullMarks, activities: { provided: 4 }, effectiveness: { values: { awareness: 90, participation: 100, satisfaction: 95 } }, 'wall-supervision-phone': { present: false } },
      comments: { activities: '仅4项活动', effectiveness: '知晓率90%', 'wall-supervision-phone': '未公开监督电话' },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ revision: 2, status: 'reviewed', correctionReason: '复核发现活动总结已上报' });
    expect(corrected.body.review.total).toBe(72);
    await assessment(townCadre).post(`/assessment-sheets/${sheet}/finalisation`);
    const read = await cityApi().get(`/assessment-sheets/${sheet}`);
    expect(read.body.revisions.map((r: Json) => [r.revision, r.total, r.reason])).toEqual([
      [1, 67, null],
      [2, 72, '复核发现活动总结已上报'],
    ]);
    const audit = await city.sql(`SELECT reason FROM assessment.audit_log WHERE action = 'assessment-sheet.corrected' AND entity_id = $1`, [sheet]);
    expect(audit).toEqual([{ reason: '复核发现活动总结已上报' }]);

    expect((await cityApi().post(`/competitions/${competitionId}/assessment/results`)).body).toEqual({ published: 1, unchanged: 1 });
    const events = await readEvents(3);
    expect(events[2].payload).toMatchObject({ unitId: 'ent-a1', revision: 2, score: 72, rank: 2 });
  });

  it('keeps the template version a sheet was opened on when the template is revised, and checks definitions', async () => {
    const bad = await cityApi().post('/assessment-templates', { definition: { ...smallTemplate, totalPoints: 90 } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.message)).toContain('definition.');

    expect((await cityApi().post('/assessment-templates', { definition: smallTemplate })).body.version).toBe(1);
    // Not used yet: edited in place.
    expect((await cityApi().put('/assessment-templates/safety-check', { definition: { ...smallTemplate, name: '安全检查(修订)' } })).body).toMatchObject({ version: 1, name: '安全检查(修订)' });

    const second = (await root.post('/competitions', { name: '2026年安全检查', organiserOrgUnitId: 'city', startDate: '2026-03-01', endDate: '2026-12-31' })).body.id;
    await root.post(`/competitions/${second}/filing`);
    await root.post(`/competitions/${second}/lifecycle`, { action: 'open' });
    await root.post(`/competitions/${second}/enrolments`, { unitId: 'ent-a3', participants: 10, contactName: '李强', contactPhone: '13800000003' });
    // The status and the enrolment come on two topics, in either order: the sheet is opened by the
    // configuration when the enrolment came first, else by the enrolment when it comes.
    await waitFor('the second competition configured', async () => (await cityApi().put(`/competitions/${second}/assessment`, { templateCode: 'safety-check' })).status === 200);
    await waitFor('its sheet opened', async () => (await cityApi().get(`/competitions/${second}/assessment-sheets`)).body.items?.length === 1);
    // Used now: a revision makes version 2, and the open sheet stays on version 1 and scores by it.
    const revised = await cityApi().put('/assessment-templates/safety-check', {
      definition: { ...smallTemplate, passThreshold: 10, categories: [{ ...smallTemplate.categories[0], items: [{ ...smallTemplate.categories[0].items[0], rule: { kind: 'judged', step: 1 } }] }] },
    });
    expect(revised.body.version).toBe(2);
    const [sheet] = (await cityApi().get(`/competitions/${second}/assessment-sheets`)).body.items;
    expect(sheet.template.version).toBe(1);
    const ent3 = await city.tokenAs('enterprise_union_cadre', 'ent-a3');
    const scored = await assessment(ent3).put(`/assessment-sheets/${sheet.id}/self-assessment`, { inputs: { extinguishers: { present: true } } });
    expect(scored.body.self.total).toBe(10);
    expect((await cityApi().get('/assessment-templates/safety-check?version=1')).body.definition.categories[0].items[0].rule.kind).toBe('presence');
    for (const [version, message] of [
      ['99999999999', 'version must not be greater than 2147483647'],
      ['0', 'version must not be less than 1'],
      ['one', 'version must be a whole number'],
    ]) {
      expect((await cityApi().get(`/assessment-templates/safety-check?version=${version}`)).body).toMatchObject({ statusCode: 400, message: expect.arrayContaining([message]) });
    }
  });

  async function readEvents(count: number): Promise<Json[]> {
    const kafka = new Kafka({ clientId: 'assessment-test', brokers: (process.env.KAFKA_BROKERS as string).split(','), logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: `assessment-test-${Date.now()}` });
    const events: Json[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: physicalTopic('assessment.results', city.topicPrefix), fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void events.push(JSON.parse(String(message.value))) });
    try {
      await waitFor(`${count} assessment.completed events on Kafka`, async () => events.length >= count, { timeoutMs: 60_000 });
    } finally {
      await consumer.disconnect();
    }
    return events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.payload.unitId.localeCompare(b.payload.unitId));
  }
});

const fullMarks = {
  documents: { provided: 4 },
  activities: { provided: 5 },
  effectiveness: { values: { awareness: 100, participation: 100, satisfaction: 96 } },
  summary: { provided: 2 },
  'wall-leading-group': { present: true },
  'wall-post-name': { present: true },
  'wall-post-members': { present: true },
  'wall-slogan': { present: true },
  'wall-pledge-and-goals': { present: true },
  'wall-supervision-phone': { present: true },
};

const smallTemplate = {
  code: 'safety-check',
  name: '安全检查',
  totalPoints: 10,
  passThreshold: 10,
  categories: [{ key: 'fire', name: '消防', points: 10, items: [{ key: 'extinguishers', text: '灭火器齐全', maxPoints: 10, rule: { kind: 'presence', points: 10 } }] }],
};
