import { expect, keepScreenshot, pickUnit, test } from './fixtures';

/**
 * Seed 003: a township union files its competition plan (备案) with the county, which returns it for
 * revision; the township resubmits; the county and then the city approve, each from their own inbox.
 */
test('a township files a plan, the county returns it, it is resubmitted, and county and city approve', async ({ as }) => {
  const name = `兴华街道2026年“比学赶超”劳动竞赛 ${Date.now().toString(36)}`;

  const town = await as('town.cadre');
  await town.goto('/competitions/new');
  await town.getByLabel('竞赛名称').fill(name);
  await pickUnit(town, '主办单位', '兴华街道总工会');
  await town.getByPlaceholder('开始日期').fill('2026-03-01');
  await town.getByPlaceholder('结束日期').fill('2026-11-30');
  await town.keyboard.press('Enter');
  await town.getByLabel('竞赛主题').fill('比学赶超 创先争优');
  await town.getByLabel('竞赛内容和目标').fill('围绕安全生产和提质增效开展岗位练兵');
  await town.getByRole('button', { name: '保存' }).click();
  await expect(town.getByText('竞赛已创建')).toBeVisible();
  await town.getByRole('button', { name: '报备方案' }).click();
  await expect(town.getByText('备案中')).toBeVisible();

  const county = await as('county.cadre');
  await county.goto('/approvals');
  await county.getByRole('link', { name }).first().click();
  await expect(county.getByText('区县(市)总工会意见').or(county.getByText(/总工会意见/)).first()).toBeVisible();
  await keepScreenshot(county, '04-approval-detail');
  await county.getByRole('button', { name: '填入意见：请修改后再报' }).click();
  await county.getByRole('button', { name: '退回修改' }).click();
  await expect(county.getByText('退回修改成功')).toBeVisible();

  await town.goto('/approvals');
  await expect(town.getByText('退回待修改').first()).toBeVisible();
  await town.getByRole('link', { name }).first().click();
  await town.getByLabel('审批意见').fill('已补充竞赛考评办法');
  await town.getByRole('button', { name: '重新报送' }).click();
  await expect(town.getByText('重新报送成功')).toBeVisible();

  await county.goto('/approvals');
  await county.getByRole('link', { name }).first().click();
  await county.getByRole('button', { name: '同意', exact: true }).click();
  await expect(county.getByText('同意成功')).toBeVisible();

  const city = await as('city.cadre');
  await city.goto('/approvals');
  await expect(city.getByRole('link', { name }).first()).toBeVisible();
  await keepScreenshot(city, '03-approval-centre');
  await city.getByRole('link', { name }).first().click();
  await city.getByRole('button', { name: '同意', exact: true }).click();
  await expect(city.getByText('同意成功')).toBeVisible();
  await expect(city.getByText('已通过')).toBeVisible();

  // The township sees the plan filed, and the chain with every opinion in order.
  await town.goto('/approvals?box=mine');
  await town.getByRole('link', { name }).first().click();
  await expect(town.getByText('请修改后再报')).toBeVisible();
  await expect(town.getByText('已补充竞赛考评办法')).toBeVisible();
  await expect(town.getByText('已通过')).toBeVisible();
});
