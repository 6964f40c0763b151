import { join } from 'node:path';
import { DEMO_PASSWORD, expect, keepScreenshot, test, type Page } from './fixtures';

/** A write through the console's API as the signed-in user of the page (the CSRF cookie echoed). */
async function send(page: Page, method: 'post' | 'put', path: string, data: Record<string, unknown>, multipart = false) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'lc_csrf')?.value ?? '';
  const res = await page.request[method](path, {
    headers: { 'X-CSRF-Token': decodeURIComponent(csrf) },
    ...(multipart ? { multipart: data as Record<string, string> } : { data }),
  });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBeTruthy();
  return res.json();
}

/** The figures a chart draws, as its element states them: points drawn, their sum, the names along its axis. */
async function drawn(page: Page, testId: string) {
  const chart = page.getByTestId(testId);
  return {
    points: Number(await chart.getAttribute('data-points')),
    total: Number(await chart.getAttribute('data-total')),
    categories: JSON.parse((await chart.getAttribute('data-categories')) ?? '[]') as string[],
  };
}

const charts = ['coverage', 'hazards-by-month', 'rectification', 'rewards', 'pass-rates', 'honours'];

test('every chart of the 数据看板 draws figures, a click drills into a unit, and the 大屏 updates as a hazard is reported', async ({ as, browser, baseURL }) => {
  // What the demo city does not have yet: 恒通's submitted sheet reviewed and finalised by its township,
  // and a 工人先锋号 nomination of its 装配班 (the honours journey follows its other team), so that pass
  // rates and honours have something to show.
  const town = await as('town.cadre');
  const competitions = (await (await town.request.get('/api/registration/competitions?limit=100')).json()).items as { id: string }[];
  let sheet: { id: string; status: string; self: { inputs: Record<string, unknown> } } | undefined;
  for (const c of competitions) {
    const res = await town.request.get(`/api/assessment/competitions/${c.id}/assessment-sheets?limit=100`);
    if (res.ok()) sheet = ((await res.json()).items as { id: string; unitId: string; status: string; self: { inputs: Record<string, unknown> } }[]).find((s) => s.unitId === 'ent-hengtong');
    if (sheet) break;
  }
  if (!sheet) throw new Error('the demo city has no assessment sheet of ent-hengtong');
  if (sheet.status === 'submitted') await send(town, 'put', `/api/assessment/assessment-sheets/${sheet.id}/review`, { inputs: sheet.self.inputs, comments: {} });
  if (sheet.status !== 'finalised') await send(town, 'post', `/api/assessment/assessment-sheets/${sheet.id}/finalisation`, {});
  const cadre = await as('city.cadre');
  await send(cadre, 'post', '/api/awards/nominations', {
    honourCode: 'pioneer-team',
    conferringUnitId: 'demo-city',
    year: new Date().getFullYear(),
    nomineeId: 'team-hengtong-2',
    material: '装配班全年完成技改项目3项',
  });

  await cadre.getByRole('menuitem', { name: '数据看板' }).click();
  for (const title of ['参赛覆盖面（对照目标）', '隐患按月统计（类别 · 等级）', '隐患整改率与超期', '奖励发放与预算', '考核合格率（分数段）', '荣誉表彰（按级别）']) {
    await expect(cadre.getByText(title)).toBeVisible();
  }
  for (const chart of charts) {
    await expect.poll(async () => (await drawn(cadre, `chart-${chart}`)).points, { message: `${chart} draws figures` }).toBeGreaterThan(0);
  }
  // The city's hazards: the three reports of the demo city in their months, and the 200,000 yuan budget against what was paid.
  expect((await drawn(cadre, 'chart-hazards-by-month')).total).toBeGreaterThanOrEqual(2);
  expect((await drawn(cadre, 'chart-rewards')).total).toBeGreaterThan(200000);
  await keepScreenshot(cadre, 'dashboards');

  // Drilling down: a click on 东城区's bar shows its townships and parks, and the breadcrumb goes back.
  const city = await drawn(cadre, 'chart-coverage');
  expect(city.categories).toEqual(expect.arrayContaining(['东城区总工会', '西山县总工会']));
  const box = await cadre.getByTestId('chart-coverage').boundingBox();
  if (!box) throw new Error('the coverage chart is not on the screen');
  const at = city.categories.indexOf('东城区总工会');
  const plotWidth = box.width - 56 - 56;
  await cadre.mouse.click(box.x + 56 + ((at + 0.5) * plotWidth) / city.categories.length, box.y + box.height - 40 - 6);
  await expect(cadre.locator('.ant-breadcrumb')).toContainText('东城区总工会');
  await expect.poll(async () => (await drawn(cadre, 'chart-coverage')).categories).toEqual(expect.arrayContaining(['兴华街道总工会', '东城高新技术产业园区工会']));
  expect((await drawn(cadre, 'chart-coverage')).categories).not.toContain('西山县总工会');
  await expect.poll(async () => (await drawn(cadre, 'chart-rectification')).categories).toContain('兴华街道总工会');
  await cadre.locator('.ant-breadcrumb').getByText('示范市总工会').click();
  await expect.poll(async () => (await drawn(cadre, 'chart-coverage')).categories).toContain('西山县总工会');

  // The 大屏 at 1920×1080: no console menu, every chart drawn, and a new report counted without a reload.
  await cadre.setViewportSize({ width: 1920, height: 1080 });
  await cadre.goto('/screen');
  await expect(cadre.getByRole('heading', { name: /示范市总工会 · 劳动和技能竞赛数据大屏/ })).toBeVisible();
  await expect(cadre.getByRole('menuitem', { name: '数据看板' })).toHaveCount(0);
  for (const chart of charts) {
    await expect.poll(async () => (await drawn(cadre, `screen-chart-${chart}`)).points, { message: `${chart} on the big screen` }).toBeGreaterThan(0);
  }
  const reports = cadre.getByTestId('screen-stat-reports');
  const before = Number(await reports.locator('span').nth(1).textContent());
  const firstUpdate = await cadre.getByTestId('screen-updated-at').textContent();
  // The worker reports from their phone's session (a worker's home is the phone, not the console).
  const phone = await browser.newContext({ baseURL, viewport: { width: 375, height: 667 } });
  const worker = await phone.newPage();
  await worker.goto('/m');
  await worker.getByLabel('用户名').fill('demo.worker');
  await worker.getByLabel('密码').fill(DEMO_PASSWORD);
  await worker.getByRole('button', { name: '登录' }).click();
  await worker.waitForURL('**/m**');
  await send(worker, 'post', '/api/hazard-reward/hazard-reports', { enterpriseUnitId: 'ent-hengtong', location: '二号厂房', category: 'accident', description: '消防通道堆放纸箱' }, true);
  await expect(reports.locator('span').nth(1)).toHaveText(String(before + 1));
  await expect(cadre.getByTestId('screen-updated-at')).not.toHaveText(firstUpdate ?? '');
  await expect.poll(async () => (await drawn(cadre, 'screen-chart-hazards-by-month')).total).toBeGreaterThanOrEqual(before + 1);
  // Let the charts finish their entrance before the picture is taken.
  await cadre.waitForTimeout(1500);
  await cadre.screenshot({ path: join(__dirname, '../../docs/console/big-screen.png') });
  await keepScreenshot(cadre, 'big-screen');
  await phone.close();
});
