import { expect, keepScreenshot, test } from './fixtures';

/** One delegation, granted once in the console, holds for the deputy in every service; the approver can take it back. */
test('a county cadre delegates her approvals to a colleague while she is away; he sees it; she takes it back', async ({ as }) => {
  const cadre = await as('county.cadre');
  await cadre.goto('/delegations');
  await cadre.getByRole('button', { name: '新建委托' }).click();
  const dialog = cadre.getByRole('dialog', { name: '委托他人代为审批' });
  await dialog.getByLabel('代办人').fill('赵志刚');
  await cadre.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '赵志刚' }).first().click();
  await dialog.getByPlaceholder('开始时间').click();
  await cadre.locator('.ant-picker-dropdown:visible').getByText('今起一周').click();
  await expect(dialog.getByPlaceholder('开始时间')).not.toHaveValue('');
  await dialog.getByLabel('事由').fill('外出学习一周');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(cadre.getByText(/委托已生效/)).toBeVisible();
  const given = cadre.getByRole('row').filter({ hasText: '外出学习一周' });
  await expect(given).toContainText('赵志刚');
  await expect(given).toContainText('生效中');
  await expect(dialog).toBeHidden();
  await keepScreenshot(cadre, 'delegations');

  // The deputy sees whose approvals he now decides.
  const deputy = await as('county.office');
  await deputy.goto('/delegations');
  await expect(deputy.getByRole('row').filter({ hasText: '外出学习一周' })).toContainText('王海燕');

  await given.getByText('收回').click();
  await cadre.locator('.ant-popover:visible').getByRole('button', { name: '确定' }).click();
  await expect(cadre.getByText('已收回委托')).toBeVisible();
  await expect(cadre.getByRole('row').filter({ hasText: '外出学习一周' })).toContainText('已收回');
});
