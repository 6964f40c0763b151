import sharp from 'sharp';
import { expect, keepScreenshot, test, type Page } from './fixtures';

/** A photo of the finished work as a phone camera makes it: large, so that compression before upload has work to do. */
const sitePhoto = () =>
  sharp({ create: { width: 2400, height: 1800, channels: 3, background: { r: 60, g: 140, b: 90 } } })
    .jpeg({ quality: 95 })
    .toBuffer();

/** The demo city's major occupational hazard at 恒通, confirmed and not yet planned (scripts/demo/city.js). */
const HAZARD = '喷涂房排风机停转';

async function openInArchive(page: Page): Promise<void> {
  await page.goto('/hazards');
  await page.getByRole('tab', { name: '隐患档案' }).click();
  await page.getByRole('row').filter({ hasText: HAZARD }).getByText('查看').click();
  await expect(page.locator('.ant-drawer')).toContainText(HAZARD);
}

/** A screenshot of an open dialog, once it has finished opening. */
async function keepDialogScreenshot(page: Page, name: string): Promise<void> {
  await expect(page.locator('.ant-modal.ant-zoom-appear, .ant-modal.ant-zoom-enter')).toHaveCount(0);
  await keepScreenshot(page, name);
}

/**
 * 隐患档案, seed 003 item 14: enterprise management sets the rectification plan of a confirmed major
 * hazard and designates who posts progress; that person posts progress with a photo; the enterprise
 * union verifies the rectification on site; the close-out (销号) of a major hazard is signed by the
 * township union and the county federation in the approval centre; the archive then shows it closed.
 */
test('a major hazard is planned by enterprise management, its progress posted with a photo, its rectification verified, its close-out signed up the chain, and the archive shows it closed', async ({ as }) => {
  test.setTimeout(240_000);
  const manager = await as('ent.manager');
  await openInArchive(manager);
  const drawer = manager.locator('.ant-drawer');
  await drawer.getByRole('button', { name: '制定整改方案' }).click();
  const plan = manager.getByRole('dialog', { name: '制定整改方案' });
  await plan.getByLabel('整改措施').fill('更换喷涂房排风机并加装运行监测报警');
  // 整改时限 in working days by the official calendar (the default): the form shows the date it gives.
  await expect(plan.getByRole('radio', { name: '按工作日' })).toBeChecked();
  await plan.getByLabel('工作日数').fill('10');
  await expect(plan.getByText(/^截止 .* 24时（第 10 个工作日，节假日及调休按国家安排）$/)).toBeVisible();
  await plan.getByLabel('整改单位').fill('涂装车间');
  await plan.getByLabel('整改责任人').fill('王主任');
  await plan.getByLabel('联系电话').fill('13800000021');
  await plan.getByLabel('安全防护措施').fill('停用喷涂线，作业人员佩戴防毒面具');
  // The person who posts progress is chosen by name among the enterprise's people: here the manager himself.
  await plan.getByLabel('进展填报人').fill('陈国栋');
  await manager.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^陈国栋（/ }).click();
  await keepDialogScreenshot(manager, 'hazard-archive-plan');
  await plan.getByRole('button', { name: '确定' }).click();
  await expect(manager.getByText('整改方案已保存')).toBeVisible();
  await expect(drawer).toContainText('更换喷涂房排风机并加装运行监测报警');
  await expect(drawer.getByText('您是本隐患的进展填报人')).toBeVisible();

  // Progress with a photo taken on site: compressed in the browser, then sent with the note.
  await drawer.getByRole('button', { name: '填报整改进展' }).click();
  const progress = manager.getByRole('dialog', { name: '填报整改进展' });
  await progress.getByLabel('整改情况').fill('新排风机已安装，正在调试');
  await progress.locator('input[type=file]').setInputFiles({ name: 'IMG_0101.jpg', mimeType: 'image/jpeg', buffer: await sitePhoto() });
  await expect(progress.locator('.ant-upload-list-item')).toHaveCount(1);
  await keepDialogScreenshot(manager, 'hazard-archive-progress');
  await progress.getByRole('button', { name: '确定' }).click();
  await expect(manager.getByText('整改进展已填报')).toBeVisible();
  const photo = drawer.getByRole('img', { name: '整改照片1' });
  await expect(photo).toBeVisible();
  // The photo is the one stored by the service, served through the console, not a broken link.
  await expect.poll(() => photo.evaluate((img) => (img as { complete: boolean; naturalWidth: number }).complete && (img as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
  await expect(drawer).toContainText('新排风机已安装，正在调试');
  await keepScreenshot(manager, 'hazard-archive-progress-posted');

  // The enterprise union checks it on site: a major hazard goes up the chain for its close-out.
  const union = await as('ent.cadre');
  await openInArchive(union);
  await union.locator('.ant-drawer').getByRole('button', { name: '整改验收' }).click();
  const verify = union.getByRole('dialog', { name: '整改验收' });
  await expect(verify).toContainText('销号须经街道（乡镇）工会、县（区）总工会逐级审批');
  await verify.getByLabel('验收情况').fill('现场核查：排风机运行正常，漆雾浓度达标');
  await verify.getByRole('button', { name: '确定' }).click();
  await expect(union.getByText('验收结果已记录')).toBeVisible();
  await expect(union.locator('.ant-drawer').getByText('销号正在逐级审批中')).toBeVisible();
  await keepScreenshot(union, 'hazard-archive-close-out-pending');

  for (const cadre of ['town.cadre', 'county.cadre']) {
    const approver = await as(cadre);
    await approver.goto('/approvals');
    await approver.getByRole('link', { name: /重大隐患销号/ }).first().click();
    await expect(approver.locator('.ant-descriptions').filter({ hasText: '隐患档案' })).toContainText(HAZARD);
    await approver.getByLabel('审批意见').fill('整改到位，同意销号');
    await approver.getByRole('button', { name: '同意', exact: true }).click();
    await expect(approver.getByText('同意成功')).toBeVisible();
  }

  // The county's approval is applied a moment after it is given: look again until the archive shows it.
  await expect(async () => {
    await manager.goto('/hazards');
    await manager.getByRole('tab', { name: '隐患档案' }).click();
    await expect(manager.getByRole('row').filter({ hasText: HAZARD })).toContainText('已销号', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await manager.getByRole('row').filter({ hasText: HAZARD }).getByText('查看').click();
  await expect(manager.locator('.ant-drawer').getByText(/^已于 .* 销号$/)).toBeVisible();
  await expect(manager.locator('.ant-drawer').getByRole('button', { name: '填报整改进展' })).toHaveCount(0);
  await keepScreenshot(manager, 'hazard-archive-closed');
});

/** 奖励预算: the county federation's cadre sets the county's hazard reward budget for the year and sees it with what is committed and paid. */
test('a county cadre sets the county’s hazard reward budget and sees it in the budget view', async ({ as }) => {
  const cadre = await as('county.cadre');
  await cadre.goto('/hazards');
  await cadre.getByRole('tab', { name: '奖励预算' }).click();
  const year = new Date().getFullYear();
  const card = cadre.locator('.ant-card').filter({ hasText: `${year} 年隐患奖励预算` });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: '设置预算' }).click();
  const dialog = cadre.getByRole('dialog', { name: `设置 ${year} 年隐患奖励预算` });
  await dialog.getByLabel('预算总额').fill('80000');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(cadre.getByText(/^预算已设置/)).toBeVisible();
  const figures = card.getByRole('list', { name: `${year} 年隐患奖励预算` });
  await expect(figures.getByRole('listitem').filter({ hasText: '预算总额' })).toContainText('¥80,000.00');
  await expect(figures.getByRole('listitem').filter({ hasText: '结余' })).toContainText('¥80,000.00');
  await expect(figures.getByRole('listitem').filter({ hasText: '已支付' })).toContainText('¥0.00');
  await keepScreenshot(cadre, 'hazard-budgets');

  // The city's budget, set by finance, with the rewards already paid from it.
  const city = await as('city.cadre');
  await city.goto('/hazards');
  await city.getByRole('tab', { name: '奖励预算' }).click();
  const cityFigures = city.getByRole('list', { name: `${year} 年隐患奖励预算` });
  await expect(cityFigures.getByRole('listitem').filter({ hasText: '预算总额' })).toContainText('¥200,000.00');
  await expect(cityFigures.getByRole('listitem').filter({ hasText: '已支付' })).not.toContainText('¥0.00');

  // The city's reward scheme: rewards were worked out from it, so its money stays as it is.
  await city.getByRole('tab', { name: '奖励办法' }).click();
  const scheme = city.getByRole('row').filter({ hasText: '示范市总工会职工排查安全生产事故隐患奖励办法' });
  await expect(scheme).toContainText('¥2,000.00');
  await scheme.getByText('修改').click();
  const edit = city.getByRole('dialog', { name: '修改奖励办法' });
  await expect(edit.getByText(/金额和审批限额不能再改/)).toBeVisible();
  await expect(edit.getByLabel('重大事故隐患')).toBeDisabled();
  await keepDialogScreenshot(city, 'hazard-schemes');
  await edit.getByRole('button', { name: '取消' }).click();
  await expect(edit).toBeHidden();
  await keepScreenshot(city, 'hazard-schemes-list');

  // The statistics of the city's subtree: by category and grade, and the named reporters.
  await city.getByRole('tab', { name: '统计' }).click();
  const stats = city.locator('.ant-card').filter({ hasText: `${year} 年安康杯隐患统计` });
  await expect(stats.locator('canvas')).toBeVisible();
  await expect(city.locator('.ant-card').filter({ hasText: '隐患报告人排行' })).toContainText('杨帆');
  await keepScreenshot(city, 'hazard-statistics');
});
