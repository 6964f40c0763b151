import { randomBytes } from 'node:crypto';
import type { Principal } from '@lc/auth';
import {
  apiClient,
  approveChain,
  createUserWithPassword,
  Json,
  pdfTextLines,
  RunningConsole,
  startConsole,
  startTestCity,
  TestCity,
  TestPerson,
  tokenFor,
  waitFor,
} from '@lc/testing';

const PASSWORD = 'Case2026pass';

/** A console session of a user with a password: its cookie header, as a browser would send it. */
async function consoleLogin(consoleUrl: string, username: string): Promise<string> {
  const res = await fetch(`${consoleUrl}/api/session/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

/**
 * The case file (全程档案) on the real stack: a hazard reported anonymously, verified, rewarded through
 * its approval chain, paid, rectified and closed out, read by an auditor through the console, as JSON
 * and as a PDF, with each step's time, actor and unit, its audit entry verified, and the reporter named
 * nowhere.
 */
describe('the case file of a hazard and its reward', () => {
  let city: TestCity;
  let consoleApp: RunningConsole;
  let hazards: (token: string) => ReturnType<typeof apiClient>;
  let auditorCookie: string;
  let outsiderCookie: string;
  let unionCadre: TestPerson;
  let townCadre: TestPerson;
  let countyCadre: TestPerson;
  let updater: TestPerson;
  let outsider: TestPerson;
  let reportId: string;
  let rewardId: string;
  const reporter: Principal = {
    userId: `worker-${randomBytes(4).toString('hex')}`,
    displayName: '赵匿名',
    orgUnitId: 'team-a1a',
    orgPath: '',
    roles: ['worker'],
  };

  const asAuditor = (path: string) => fetch(`${consoleApp.url}${path}`, { headers: { cookie: auditorCookie } });
  const caseFileJson = async (path: string): Promise<Json> => {
    const res = await asAuditor(path);
    expect(res.status).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    city = await startTestCity({ withHazardReward: true });
    const hazardReward = city.hazardReward as NonNullable<TestCity['hazardReward']>;
    consoleApp = await startConsole(city);
    hazards = (token: string) => apiClient(hazardReward.url, token);
    const known = { knownIn: ['hazard_reward'] };
    [unionCadre, townCadre, countyCadre, updater, outsider] = await Promise.all([
      city.person('enterprise_union_cadre', 'ent-a1', { name: '钱工会', ...known }),
      city.person('township_union_cadre', 'town-a1', { name: '孙街道', ...known }),
      city.person('county_union_cadre', 'county-a', { name: '李县总', ...known }),
      city.person('team_leader', 'team-a1a', { name: '周班长', ...known }),
      city.person('township_union_cadre', 'town-a2', { name: '吴邻镇', ...known }),
    ]);
    const auditorName = `auditor.${randomBytes(3).toString('hex')}`;
    const outsiderName = `town.a2.${randomBytes(3).toString('hex')}`;
    await createUserWithPassword(city.registration.url, city.rootToken, { username: auditorName, displayName: '郑审计', orgUnitId: 'city', roles: ['auditor'] }, PASSWORD);
    await createUserWithPassword(city.registration.url, city.rootToken, { username: outsiderName, displayName: '冯邻镇', orgUnitId: 'town-a2', roles: ['township_union_cadre'] }, PASSWORD);
    [auditorCookie, outsiderCookie] = [await consoleLogin(consoleApp.url, auditorName), await consoleLogin(consoleApp.url, outsiderName)];

    // The county's measure: 200 yuan for a general accident hazard, approved above 100 yuan; finance sets the budget.
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const scheme = await hazards(countyCadre.token).post('/reward-schemes', {
      issuingUnitId: 'county-a',
      name: '县总工会隐患奖励办法',
      validFrom: `${year}-01-01`,
      approvalThresholdYuan: 100,
      amounts: { accident: { general: 200, major: 2000 }, occupational: { general: 300, major: 3000 } },
    });
    expect(scheme.status).toBe(201);
    const finance = await city.person('finance', 'county-a');
    expect((await hazards(finance.token).put(`/reward-budgets/county-a/${year}`, { totalYuan: 10000 })).status).toBe(200);

    // Reported anonymously, from a phone.
    reporter.orgPath = city.paths.get('team-a1a') as string;
    const report = await hazards(await tokenFor(reporter)).post('/hazard-reports', {
      enterpriseUnitId: 'ent-a1',
      location: '二车间冲压线',
      category: 'accident',
      description: '冲床防护罩缺失',
      anonymous: true,
    });
    expect(report.status).toBe(201);
    reportId = report.body.id;
    // Verified by the enterprise union, rewarded up the chain, paid.
    expect((await hazards(unionCadre.token).post(`/hazard-reports/${reportId}/verification`, { outcome: 'confirmed', grade: 'general' })).status).toBe(200);
    const waiting = await waitFor('the reward to wait for approval', async () => {
      const [row] = await city.sql<{ id: string; status: string }>(`SELECT id, status FROM hazard_reward.rewards WHERE report_id = $1`, [reportId]);
      return row?.status === 'awaiting_approval' ? row : undefined;
    });
    rewardId = waiting.id;
    await approveChain(hazardReward.url, `approval-hazard-reward-${rewardId}`, [townCadre, countyCadre]);
    await waitFor('the reward to be paid', async () => {
      const [row] = await city.sql<{ status: string }>(`SELECT status FROM hazard_reward.rewards WHERE id = $1`, [rewardId]);
      return row?.status === 'paid' ? true : undefined;
    });
    // Rectified and closed out.
    const plan = await hazards(unionCadre.token).put(`/hazards/${reportId}/rectification-plan`, {
      measures: '加装防护罩并设置联锁',
      deadline: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
      responsibleUnit: '二车间',
      responsiblePerson: '李主任',
      interimMeasures: '停用该工位，设置警示',
      updaterUserId: updater.id,
    });
    expect(plan.status).toBe(200);
    expect((await hazards(updater.token).post(`/hazards/${reportId}/progress`, { note: '防护罩已安装' })).status).toBe(200);
    expect((await hazards(unionCadre.token).post(`/hazards/${reportId}/rectification-verification`, { accepted: true, note: '现场验收合格' })).status).toBe(200);
    await city.auditSealed('hazard_reward');
  });

  afterAll(async () => {
    await consoleApp?.stop();
    await city?.stop();
  });

  it("gives the auditor every step in order, each with its time, actor and unit, and every audit entry verified", async () => {
    const file = await caseFileJson(`/api/case-files/hazard-reward/${rewardId}`);
    expect(file).toMatchObject({ kind: 'hazard-reward', id: rewardId, status: 'paid', unit: { id: 'ent-a1' } });
    expect(file.links).toEqual(
      expect.arrayContaining([
        { kind: 'hazard-report', id: reportId },
        { kind: 'hazard-reward', id: rewardId },
        { kind: 'hazard', id: reportId },
        { kind: 'approval', id: `approval-hazard-reward-${rewardId}` },
      ]),
    );
    const steps = file.entries.map((e: Json) => [e.action, e.actor.kind, e.actor.displayName, e.unit.id]);
    expect(steps).toEqual([
      ['hazard.reported', 'anonymous-reporter', null, 'ent-a1'],
      ['hazard.confirmed', 'user', '钱工会', 'ent-a1'],
      ['reward.created', 'system', null, 'county-a'],
      ['approval.submitted', 'user', '钱工会', 'ent-a1'],
      ['approval.step-approved', 'user', '孙街道', 'town-a1'],
      ['approval.approved', 'user', '李县总', 'county-a'],
      ['reward.issued', 'system', null, 'county-a'],
      ['reward.paid', 'system', null, 'county-a'],
      ['hazard.plan-set', 'user', '钱工会', 'ent-a1'],
      ['hazard.progress', 'user', '周班长', 'team-a1a'],
      ['hazard.closed', 'user', '钱工会', 'ent-a1'],
    ]);
    expect(file.entries.every((e: Json) => Number.isFinite(Date.parse(e.at)))).toBe(true);
    expect(file.entries.every((e: Json) => typeof e.unit.name === 'string' && e.unit.name.length > 0)).toBe(true);
    const byAction = (action: string) => file.entries.find((e: Json) => e.action === action);
    expect(byAction('approval.step-approved').opinion).toBe('同意');
    expect(byAction('hazard.confirmed').facts).toEqual({ status: 'confirmed', grade: 'general' });
    expect(byAction('reward.paid').facts).toMatchObject({ status: 'paid', amountYuan: '200.00' });
    expect(byAction('hazard.closed').opinion).toBe('现场验收合格');
    expect(file.entries.map((e: Json) => e.audit.check)).toEqual(file.entries.map(() => 'verified'));
    expect(file.verification).toEqual({ verified: 11, altered: 0, unlinked: 0, unsealed: 0 });
    // The report's own file is the same story.
    const reportFile = await caseFileJson(`/api/case-files/hazard-report/${reportId}`);
    expect(reportFile.entries.map((e: Json) => e.audit.entryId)).toEqual(file.entries.map((e: Json) => e.audit.entryId));
    expect(reportFile.status).toBe('closed');
  });

  it('names the anonymous reporter nowhere, in the JSON or in the PDF, to anyone', async () => {
    for (const viewer of [null, unionCadre, countyCadre]) {
      const body = viewer
        ? JSON.stringify((await hazards(viewer.token).get(`/hazard-reports/${reportId}/case-file`)).body)
        : JSON.stringify(await caseFileJson(`/api/case-files/hazard-report/${reportId}`));
      expect(body).toContain('anonymous-reporter');
      for (const trace of [reporter.userId, reporter.displayName, 'reporter-of:']) expect(body).not.toContain(trace);
    }

    const res = await asAuditor(`/api/case-files/hazard-reward/${rewardId}.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfTextLines(pdf).join('\n');
    for (const expected of ['全程档案', '匿名举报人', '核实：确认隐患', '钱工会', '孙街道', '李县总', '周班长', '奖励支付到账', '隐患销号', '意见：同意', '校验通过 11 条', '导出人：郑审计']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('校验失败');
    for (const trace of [reporter.userId, reporter.displayName, 'reporter-of:']) expect(text).not.toContain(trace);
  });

  it("refuses another unit's cadre, through the console and at the service", async () => {
    for (const path of [`/api/case-files/hazard-report/${reportId}`, `/api/case-files/hazard-reward/${rewardId}.pdf`]) {
      const res = await fetch(`${consoleApp.url}${path}`, { headers: { cookie: outsiderCookie } });
      expect(res.status).toBe(403);
    }
    expect((await hazards(outsider.token).get(`/hazard-reports/${reportId}/case-file`)).status).toBe(403);
    expect((await hazards(outsider.token).get(`/hazard-rewards/${rewardId}/case-file`)).status).toBe(403);
    expect((await asAuditor(`/api/case-files/competition/${reportId}`)).status).toBe(404);
  });

  it('shows an audit row edited behind the trail as not verified, the others still verified', async () => {
    const file = await caseFileJson(`/api/case-files/hazard-report/${reportId}`);
    const confirmed = file.entries.find((e: Json) => e.action === 'hazard.confirmed');
    await city.sql(`ALTER TABLE hazard_reward.audit_log DISABLE TRIGGER audit_log_append_only`);
    await city.sql(`UPDATE hazard_reward.audit_log SET reason = '核实人未到现场' WHERE entry_id = $1`, [confirmed.audit.entryId]);
    await city.sql(`ALTER TABLE hazard_reward.audit_log ENABLE TRIGGER audit_log_append_only`);

    const after = await caseFileJson(`/api/case-files/hazard-report/${reportId}`);
    const checks = Object.fromEntries(after.entries.map((e: Json) => [e.action, e.audit.check]));
    expect(checks['hazard.confirmed']).toBe('altered');
    expect(after.entries.filter((e: Json) => e.audit.check !== 'verified').map((e: Json) => e.action)).toEqual(['hazard.confirmed']);
    expect(after.verification).toEqual({ verified: 10, altered: 1, unlinked: 0, unsealed: 0 });
    const pdf = Buffer.from(await (await asAuditor(`/api/case-files/hazard-report/${reportId}.pdf`)).arrayBuffer());
    expect(pdfTextLines(pdf).join('\n')).toContain('校验失败：记录被改动');
  });
});
