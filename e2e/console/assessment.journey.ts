import { Workbook } from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, keepScreenshot, test, type Page } from './fixtures';

/** 东城区's 工人先锋号 creation drive of the demo (scripts/demo/city.js), open, which teams enter; attachment 3 is its form. */
const COMPETITION = '2026年东城区创建“工人先锋号”示范培育活动';
const FORM = '2018 年长兴县开展“工人先锋号”创建活动考核评价表';

/** A call to a service through the console, as the signed-in user (setting the scene, not the screen under test). */
async function api(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'lc_csrf')?.value ?? '';
  const response = await page.request.fetch(path, { method, headers: { 'X-CSRF-Token': decodeURIComponent(csrf) }, data });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return response.json();
}

async function idOf(page: Page, path: string, test: (x: Record<string, unknown>) => boolean): Promise<string> {
  const found = (await api(page, 'GET', path)).items.find(test);
  expect(found, path).toBeTruthy();
  return found.id;
}

test('a team is self-assessed with evidence, reviewed with a comment on a changed item, finalised, ranked, and listed in the year-end XLSX', async ({ as }) => {
  const ent = await as('ent.cadre');
  const competition = (await api(ent, 'GET', `/api/registration/competitions?q=${encodeURIComponent('工人先锋号')}&limit=20&offset=0`)).items.find(
    (c: { name: string }) => c.name === COMPETITION,
  );
  // The enterprise enrols its 数控加工班.
  const teamId = 'team-hengtong-1';
  await api(ent, 'POST', `/api/registration/competitions/${competition.id}/enrolments`, { unitId: teamId, participants: 8, contactName: '张卫东', contactPhone: '13800000008' });

  // The county union starts the drive's assessment on attachment 3: a sheet for every enrolled unit.
  const county = await as('county.cadre');
  await county.goto(`/assessment/competitions/${competition.id}`);
  await expect(county.getByText('本竞赛尚未设置考核评价表')).toBeVisible();
  // The list opens on the first template; its shown choice covers the box, so the click goes through it.
  await county.getByRole('combobox', { name: '考核评价表' }).click({ force: true });
  await county.locator('.ant-select-dropdown:visible').getByTitle(FORM).click();
  await county.getByRole('button', { name: '启用考核' }).click();
  await expect(county.getByText(/已启用考核/)).toBeVisible();
  await county.getByRole('tab', { name: '考核评价表' }).click();
  await expect(county.getByRole('table').filter({ hasText: FORM })).toContainText('六上墙小计');
  await keepScreenshot(county, 'assessment-form-template');

  // From the competition to its assessment, then the team's sheet as soon as it is opened.
  await ent.goto(`/competitions/${competition.id}`);
  await ent.getByRole('button', { name: '考核评比' }).click();
  await expect(ent.getByRole('tab', { name: '考核表' })).toBeVisible();
  const teamLink = ent.getByRole('link', { name: '数控加工班' });
  await expect(async () => {
    await ent.reload();
    await expect(teamLink).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  await teamLink.click();
  await expect(ent.getByText('待自评')).toBeVisible();

  // Self assessment: the score is computed as the figures are typed, each rule explained.
  const row = (text: string) => ent.locator('tr', { hasText: text }).first();
  const selfInput = (name: string) => ent.getByRole('spinbutton', { name, exact: true });
  await selfInput('创建活动文件齐全 自评分').fill('4');
  await selfInput('有活动 自评分').fill('5');
  await selfInput('有实效 自评分 测评岗员知晓率').fill('100');
  await selfInput('有实效 自评分 测评岗员参与率').fill('100');
  await selfInput('有实效 自评分 服务对象满意率').fill('93');
  await selfInput('有总结 自评分').fill('2');
  for (const wall of ['创建领导小组', '岗位全称', '岗位成员情况', '口号', '承诺和目标', '监督电话']) {
    await row(wall).getByText('有', { exact: true }).click();
  }
  // 93% against 95% is 2 points short: not a full step of 5, so nothing is deducted, and the form says so.
  await expect(row('有实效').getByLabel('有实效 自评分得分')).toHaveText('25分');
  await expect(row('有实效')).toContainText('共 0 档');
  await expect(ent.getByText('“每少5个百分点扣10分”只计满5个百分点的差距')).toBeVisible();
  await expect(ent.getByRole('cell', { name: '自评合计' })).toHaveText('100分');
  await expect(ent.locator('tr[data-subtotal="san-you"]')).toContainText('50分');

  // Evidence for the documents item, then submission.
  await row('创建活动文件齐全')
    .locator('input[type=file]')
    .setInputFiles({ name: '创建活动文件.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n') });
  await expect(row('创建活动文件齐全').getByRole('link', { name: '创建活动文件.pdf' })).toBeVisible();
  await ent.getByText('被考核单位').scrollIntoViewIfNeeded();
  await keepScreenshot(ent, 'assessment-paper-form');
  await ent.getByRole('button', { name: '提交自评' }).click();
  await ent.getByRole('button', { name: '确定' }).click();
  await expect(ent.getByText('待考核')).toBeVisible();
  const sheetUrl = new URL(ent.url()).pathname;

  // The township reviews beside the unit's own score: a changed item cannot be saved without a comment.
  const town = await as('town.cadre');
  await town.goto(sheetUrl);
  const activities = town.getByRole('spinbutton', { name: '有活动 考核分', exact: true });
  await expect(activities).toHaveValue('5');
  await activities.fill('4');
  await expect(town.getByRole('cell', { name: '考核合计' })).toHaveText('97分');
  await expect(town.getByRole('button', { name: '保存考核' })).toBeDisabled();
  await town.getByLabel('有活动 考核意见').fill('“五小”活动记录只有4项');
  await town.getByRole('button', { name: '保存考核' }).click();
  await expect(town.getByText('考核已保存')).toBeVisible();
  await expect(town.getByText('已考核')).toBeVisible();
  await town.getByRole('button', { name: '定稿' }).click();
  await town.getByRole('button', { name: '确定' }).click();
  await expect(town.getByText('已定稿', { exact: true }).first()).toBeVisible();
  await expect(town.getByText('合格', { exact: true })).toBeVisible();
  await keepScreenshot(town, 'assessment-review');

  // Ranked among the teams with its score; the year-end list downloads titled with the competition and year.
  await town.goto(`/assessment/competitions/${competition.id}`);
  await town.getByRole('tab', { name: '排名' }).click();
  await town.locator('.ant-segmented').getByText('班组').click();
  const ranked = town.getByRole('row', { name: /数控加工班/ });
  await expect(ranked).toContainText('1/1');
  await expect(ranked).toContainText('97 / 100');
  await expect(ranked).toContainText('合格');
  const year = competition.endDate.slice(0, 4);
  const [download] = await Promise.all([town.waitForEvent('download'), town.getByRole('button', { name: '下载年末考核评比表' }).click()]);
  expect(download.suggestedFilename()).toBe(`${COMPETITION} ${year}年度年末考核评比.xlsx`);
  const workbook = new Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  const teams = workbook.worksheets.find((w) => w.name === '班组考核结果');
  expect(teams?.getCell('A1').value).toBe(`${COMPETITION} ${year}年度年末考核评比（班组）`);
  expect(teams?.getRow(4).values).toEqual([undefined, 1, '数控加工班', teamId, 97, 100, '合格']);

  // A correction after finalisation, with its reason: a new revision, finalised again; the first stays on record.
  await town.goto(sheetUrl);
  await town.getByRole('button', { name: '更正' }).click();
  await town.getByLabel('更正理由').fill('复核发现“五小”活动台账已补齐5项');
  await town.getByRole('spinbutton', { name: '有活动 考核分', exact: true }).fill('5');
  await expect(town.getByRole('cell', { name: '考核合计' })).toHaveText('100分');
  await town.getByRole('button', { name: '提交更正' }).click();
  await expect(town.getByText('已更正，请重新定稿')).toBeVisible();
  await town.getByRole('button', { name: '定稿' }).click();
  await town.getByRole('button', { name: '确定' }).click();
  // 定稿记录: revision, review total, reason.
  await expect(town.getByRole('row', { name: /^1 97 首次定稿/ })).toBeVisible();
  await expect(town.getByRole('row', { name: /^2 100 复核发现“五小”活动台账已补齐5项/ })).toBeVisible();
});

test('judges score on the pad, the chief judge signs off, and the results show the trimmed mean', async ({ as }) => {
  const county = await as('county.cadre');
  const contest = await api(county, 'POST', '/api/assessment/skills-contests', {
    name: `东城区数控车工技能比武 ${Date.now()}`,
    trade: '数控车工',
    organiserUnitId: 'county-east',
    trimAtJudges: 3,
    scheme: [
      { key: 'theory', name: '理论考试', maxPoints: 30 },
      { key: 'practice', name: '实际操作', maxPoints: 70 },
    ],
  });
  const userId = (username: string) => idOf(county, `/api/registration/users?q=${username}&limit=5&offset=0`, (u) => u.username === username);
  for (const [username, chief] of [['county.judge', false], ['county.office', false], ['county.cadre', true]] as const) {
    await api(county, 'POST', `/api/assessment/skills-contests/${contest.id}/judges`, { userId: await userId(username), chief });
  }
  for (const username of ['demo.worker', 'team.leader']) {
    await api(county, 'POST', `/api/assessment/skills-contests/${contest.id}/contestants`, { userId: await userId(username) });
  }

  // Each judge on the pad: 杨帆 first, then the pad moves on to 张卫东. Totals 85 / 90 / 80 and 92 / 86 / 96.
  const scores: [string, [number, number], [number, number]][] = [
    ['county.judge', [25, 60], [27, 65]],
    ['county.office', [28, 62], [26, 60]],
    ['county.cadre', [20, 60], [30, 66]],
  ];
  for (const [username, worker, leader] of scores) {
    const judge = username === 'county.cadre' ? county : await as(username);
    await judge.setViewportSize({ width: 1024, height: 768 });
    await judge.goto(`/skills-contests/${contest.id}`);
    await expect(judge.getByText('选手：杨帆')).toBeVisible();
    for (const [name, [theory, practice]] of [['杨帆', worker], ['张卫东', leader]] as const) {
      await expect(judge.getByText(`选手：${name}`)).toBeVisible();
      await judge.getByLabel('理论考试').fill(String(theory));
      await judge.getByLabel('实际操作').fill(String(practice));
      await expect(judge.getByLabel('合计')).toHaveText(`合计 ${(theory + practice).toFixed(2)} / 100.00`);
      if (username === 'county.judge' && name === '杨帆') await keepScreenshot(judge, 'skills-contest-judge-pad');
      await judge.getByRole('button', { name: '提交评分' }).click();
      await expect(judge.getByText(`已记录 ${name} 的评分`)).toBeVisible();
    }
  }

  // The chief judge (county.cadre) signs off: scores lock, and the results explain the trimmed mean.
  const chief = county;
  await chief.setViewportSize({ width: 1366, height: 768 });
  await chief.getByRole('button', { name: '签字确认' }).click();
  await chief.getByLabel('裁判长意见').fill('评分完整，同意');
  await chief.getByRole('button', { name: '确定' }).click();
  await expect(chief.getByText('最终成绩（裁判长已签字确认）')).toBeVisible();
  const first = chief.getByRole('row', { name: /张卫东/ });
  await expect(first.getByRole('cell').first()).toHaveText('1');
  await expect(first).toContainText('赵志刚 86.00（去掉最低分）');
  await expect(first).toContainText('王海燕 96.00（去掉最高分）');
  await expect(first).toContainText('(92.00) ÷ 1 = 92.00');
  const second = chief.getByRole('row', { name: /杨帆/ });
  await expect(second.getByRole('cell').first()).toHaveText('2');
  await expect(second).toContainText('(85.00) ÷ 1 = 85.00');
  await expect(first).toContainText('91.33');
  await keepScreenshot(chief, 'skills-contest-results');
});
