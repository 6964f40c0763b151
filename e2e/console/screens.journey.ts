import { expect, keepScreenshot, test } from './fixtures';

/** The main screens at 1366×768, as the cadre who uses each sees it; kept with the run's results. */
test('the main screens render in Chinese for the city union cadre', async ({ as }) => {
  const city = await as('city.cadre');
  await city.goto('/workbench');
  await expect(city.getByText('我的待办')).toBeVisible();
  await keepScreenshot(city, '02-workbench');
  await city.goto('/org');
  await expect(city.getByRole('tree')).toContainText('东城区总工会');
  // Each unit with what stands under it.
  await expect(city.getByRole('treeitem', { name: /东城区总工会/ })).toContainText(/\d+家企业/);
  await keepScreenshot(city, '06-org');
  await city.goto('/competitions');
  await expect(city.getByText('“当好主人翁、建功新时代”').first()).toBeVisible();
  // Organisers by name; the list filtered on the server by where a competition stands.
  await expect(city.getByRole('row').filter({ hasText: '“当好主人翁、建功新时代”' }).first()).toContainText('示范市总工会');
  await keepScreenshot(city, '07-competitions');
  await city.getByLabel('状态').click();
  await city.locator('.ant-select-dropdown:visible').getByTitle('草稿').click();
  await city.getByRole('button', { name: '查询' }).click();
  await expect(city.getByText('“当好主人翁、建功新时代”')).toHaveCount(0);
  await city.getByRole('button', { name: '重置' }).click();
  // Sorted on the server by the start date: latest start first on the second click.
  const firstRow = city.locator('.ant-table-tbody tr.ant-table-row').first();
  await city.getByRole('columnheader', { name: '时间' }).click();
  await expect(firstRow).toContainText('2026年3月1日 至');
  await city.getByRole('columnheader', { name: '时间' }).click();
  await expect(firstRow).toContainText('2026年5月1日 至');
  await city.getByText('“当好主人翁、建功新时代”').first().click();
  await city.getByRole('tab', { name: '参赛企业汇总表' }).click();
  await expect(city.getByText('参赛企业汇总表').last()).toBeVisible();
  await keepScreenshot(city, '08-enrolment-summary');
  await city.goto('/coverage');
  await expect(city.getByText('规模以上企业参赛率')).toBeVisible();
  await keepScreenshot(city, '09-coverage');
  await city.goto('/notifications');
  await keepScreenshot(city, '10-notifications');
  const auditor = await as('city.auditor');
  await auditor.goto('/audit');
  await expect(auditor.getByText('user.logged-in').first()).toBeVisible();
  await keepScreenshot(auditor, '11-audit');
});
