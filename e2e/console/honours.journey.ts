import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CITY_PUBLICITY_SECONDS } from '@lc/testing';
import { DEMO_PASSWORD, expect, keepScreenshot, pickUnit, test, type Page } from './fixtures';

const team = '数控加工班';
const honour = '工人先锋号';
const chainTitle = `${honour} 推荐：${team}`;
const probe = join(__dirname, '../../services/awards/src/certificates/pdf-probe.mjs');

// A step that cannot happen fails in half a minute, not at the end of the whole journey's time.
test.use({ actionTimeout: 30_000 });

/** The text lines of a PDF's first page, read by pdf.js (the probe the certificate's own tests use). */
function pdfLines(bytes: Buffer): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'certificate-'));
  const file = join(folder, 'certificate.pdf');
  writeFileSync(file, bytes);
  const [page] = JSON.parse(execFileSync(process.execPath, [probe, folder, '1', file], { encoding: 'utf8' }));
  return page.lines;
}

/** Opens the nomination waiting for this user in the approval centre and agrees, with an opinion. */
async function approve(page: Page, opinion: string) {
  await page.goto('/approvals');
  await page.getByRole('link', { name: new RegExp(chainTitle) }).first().click();
  await expect(page.getByText(team).first()).toBeVisible();
  await page.getByLabel('审批意见').fill(opinion);
  await page.getByRole('button', { name: '同意', exact: true }).click();
  await expect(page.getByText('同意成功')).toBeVisible();
}

/** Reloads a nomination's page until its status tag says what is expected (the chain and 公示 run on their own). */
async function untilStatus(page: Page, status: string, timeout: number) {
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(status, { exact: true }).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout, intervals: [2_000] });
}

/**
 * 评选表彰 end to end: the county union nominates a team for the city's 工人先锋号 by hand; the nomination
 * climbs its chain in the approval centre (enterprise union, township union, county committee office, city
 * union) and goes on 公示 with its place taken; a worker of the team opens the printable notice and
 * objects; the city union dismisses the objection with its reason; the period ends, the honour is
 * conferred, the reward is paid from the fund, and the certificate is previewed and downloaded.
 */
test('a nomination climbs its chain into 公示, an objection on the printed notice is ruled, and the honour is conferred with its certificate', async ({ as, browser, baseURL }) => {
  test.setTimeout(420_000);
  const county = await as('county.cadre');
  await county.goto('/honours');
  await county.getByRole('button', { name: '新建推荐' }).click();
  const form = county.getByRole('dialog', { name: '推荐荣誉对象' });
  await form.getByLabel('荣誉称号').fill(honour);
  await county.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${honour}（市级`) }).click();
  await form.getByLabel('授予单位').click();
  // Only unions with places this year are offered, each with what is left.
  await county.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^示范市总工会（剩余 15 \/ 15 个名额）/ }).click();
  await pickUnit(county, '推荐对象', team);
  await form.getByLabel('事迹材料').fill('该班组承担公司数控加工任务，全年产品一次交检合格率99.6%，开展技术革新12项，创效86万元。');
  await form.getByRole('button', { name: '确定' }).click();
  await expect(form).toBeHidden();
  const row = county.getByRole('row').filter({ hasText: team });
  await expect(row.getByText('候选')).toBeVisible();
  await row.getByText('提交审批').click();
  await expect(county.getByText(`${team} 的推荐已提交审批`)).toBeVisible();
  await expect(row.getByText('审批中')).toBeVisible();

  await approve(await as('ent.cadre'), '班组业绩突出，同意推荐');
  await approve(await as('town.cadre'), '情况属实，同意上报');
  await approve(await as('county.office'), '同意推荐');
  const city = await as('city.cadre');
  await approve(city, '同意，进入公示');

  // Approved with its place: the city's quota shows one place taken, and the nomination is on 公示.
  await city.goto('/honours?tab=quotas');
  await expect(city.getByRole('row').filter({ hasText: honour }).filter({ hasText: '示范市总工会' }).getByRole('cell', { name: '14', exact: true })).toBeVisible();
  await city.goto('/honours');
  await city.getByRole('link', { name: new RegExp(`^${team}`) }).click();
  await untilStatus(city, '公示中', 60_000);
  // Its chain, box by box as the recommendation form prints them, with each opinion.
  for (const box of ['企业工会推荐意见', '乡镇（街道、园区）工会意见', '县（区）总工会意见', '市总工会意见']) await expect(city.getByText(box, { exact: true })).toBeVisible();
  await expect(city.getByText(/刘晓梅：班组业绩突出，同意推荐/)).toBeVisible();
  const notice = await city.getByRole('link', { name: '打开公示页' }).getAttribute('href');
  expect(notice).toMatch(/^\/print\/publicity\/demo-city\/pioneer-team\/\d{4}$/);

  // A worker of the team, on the nominee's own line, opens the notice (signing in first) and objects.
  const workerContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const worker = await workerContext.newPage();
  await worker.goto(notice as string);
  await worker.getByLabel('用户名').fill('demo.worker');
  await worker.getByLabel('密码').fill(DEMO_PASSWORD);
  await worker.getByRole('button', { name: '登录' }).click();
  await expect(worker.getByRole('heading', { name: /^关于\d{4}年度“工人先锋号”拟表彰对象的公示$/ })).toBeVisible();
  const nominees = worker.getByRole('table', { name: '拟表彰对象名单' });
  await expect(nominees.getByRole('row').filter({ hasText: team })).toContainText('示范市恒通精密机械有限公司');
  await expect(worker.getByText('示范市总工会拟授予以下 1 个对象')).toBeVisible();
  await keepScreenshot(worker, 'honours-publicity-notice');
  // Printed: the notice alone, without the print button or the objection column.
  await worker.emulateMedia({ media: 'print' });
  await expect(worker.getByRole('button', { name: '打印公示' })).toBeHidden();
  await expect(nominees.getByRole('columnheader', { name: '异议' })).toBeHidden();
  await keepScreenshot(worker, 'honours-publicity-notice-print');
  const printed = await worker.pdf({ format: 'A4' });
  expect(printed.subarray(0, 5).toString()).toBe('%PDF-');
  await worker.emulateMedia({ media: 'screen' });

  await nominees.getByRole('button', { name: '提出异议' }).click();
  const objection = worker.getByRole('dialog', { name: `对 ${team} 提出异议` });
  await objection.getByRole('button', { name: '确定' }).click();
  await expect(objection.getByText('请填写异议内容')).toBeVisible();
  await objection.getByLabel('异议内容').fill('班组人数与花名册不符，请核实');
  await objection.getByRole('button', { name: '确定' }).click();
  await expect(worker.getByText('异议已提交，授予单位将核实处理')).toBeVisible();
  await workerContext.close();

  // The city union, which confers the honour, rules on it with its reason.
  await city.reload();
  const lodged = city.locator('.ant-list-item').filter({ hasText: '班组人数与花名册不符，请核实' });
  await expect(lodged.getByText('待处理')).toBeVisible();
  await lodged.getByRole('button', { name: '处理' }).click();
  const ruling = city.getByRole('dialog', { name: '处理异议' });
  await ruling.getByLabel('异议不成立').check();
  await ruling.getByLabel('处理意见').fill('经核对花名册，班组现有职工28人，与申报一致');
  await ruling.getByRole('button', { name: '确定' }).click();
  await expect(city.getByText('异议不成立，公示继续')).toBeVisible();
  await expect(lodged.getByText('异议不成立')).toBeVisible();
  await expect(lodged).toContainText('经核对花名册，班组现有职工28人，与申报一致');
  await keepScreenshot(city, 'honours-nomination-publicity');

  // The period ends with nothing pending: the honour is conferred and its certificate is drawn on the page.
  await untilStatus(city, '已授予', (DEMO_CITY_PUBLICITY_SECONDS + 60) * 1000);
  await expect(city.getByText(/^\d{4}-PIONEER-TEAM-[0-9A-F]{8}$/)).toBeVisible();
  await expect(city.getByText('¥5,000.00，已从竞赛经费中列支')).toBeVisible();
  const certificate = city.getByRole('img', { name: '荣誉证书预览' });
  await expect(certificate).toHaveAttribute('data-drawn', 'true');
  await certificate.scrollIntoViewIfNeeded();
  await keepScreenshot(city, 'honours-nomination-conferred');
  const [download] = await Promise.all([city.waitForEvent('download'), city.getByRole('button', { name: '下载荣誉证书' }).click()]);
  expect(download.suggestedFilename()).toBe(`${honour}-${team}.pdf`);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfLines(pdf).join('').replace(/\s+/g, '');
  expect(text).toContain(team);
  expect(text).toContain(honour);

  // The fund's ledger: the reward paid from the city's competition fund, one line.
  await city.goto('/honours?tab=fund');
  const line = city.getByRole('row').filter({ hasText: team });
  await expect(line).toContainText('¥5,000.00');
  await expect(line).toContainText(honour);
  await expect(city.getByText('¥495,000.00')).toBeVisible();
});
