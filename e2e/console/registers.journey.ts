import { expect, keepScreenshot, pickUnit, test } from './fixtures';

/**
 * Seed 004 attachment 4: a team leader registers one of his team as an energy-saving supervisor. The
 * form checks as the service does, in Chinese, on the field; the registration then stands in the
 * register as 审批中 and waits in the enterprise union's 待办 for its first box.
 */
test('a team leader registers an energy-saving supervisor, who stands in the register and waits for the enterprise union', async ({ as }) => {
  const leader = await as('team.leader');
  await leader.getByRole('menuitem', { name: '登记册' }).click();
  await leader.getByRole('button', { name: '登记监督员' }).click();
  const dialog = leader.getByRole('dialog', { name: '节能减排义务监督员登记表' });
  await pickUnit(leader, '所在单位（企业或班组）', '数控加工班');
  await dialog.getByLabel('姓名').fill('周建明');
  await dialog.getByLabel('性别').click();
  await leader.locator('.ant-select-dropdown:visible').getByTitle('男').click();
  await dialog.getByLabel('出生年月').fill('1986-04');
  await dialog.getByLabel('文化程度').fill('大专');
  await dialog.getByLabel('政治面貌').fill('群众');
  await dialog.getByLabel('工种').fill('电工');
  await dialog.getByLabel('何年何月任职').fill('2019-06');
  await dialog.getByLabel('手机号码').fill('1390531');
  await dialog.getByLabel('单位地址').fill('示范市东城区兴华街道工业路18号');
  await dialog.getByLabel('邮编').fill('250100');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog.getByText('手机号码为11位数字')).toBeVisible();
  await dialog.getByLabel('手机号码').fill('13905310088');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(leader.getByText('已提交，进入审批')).toBeVisible();
  await expect(leader.getByRole('row').filter({ hasText: '周建明' })).toContainText('审批中');
  await keepScreenshot(leader, 'registers');

  const cadre = await as('ent.cadre');
  await cadre.goto('/approvals');
  await expect(cadre.getByRole('row').filter({ hasText: '周建明' })).toBeVisible();
});
