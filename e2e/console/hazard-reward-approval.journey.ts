import { expect, keepScreenshot, test } from './fixtures';

/**
 * A reward above the city's threshold climbs the chain: the township union cadre opens it from 待办 and
 * sees what is decided — the amount, the confirmed report, its photo as an attachment — then agrees.
 */
test('a township cadre reads a hazard reward with its report and photo, and agrees to it', async ({ as }) => {
  const town = await as('town.cadre');
  await town.goto('/approvals');
  await town.getByRole('link', { name: /隐患举报奖励/ }).first().click();
  const form = town.locator('.ant-descriptions').filter({ hasText: '隐患举报奖励' });
  await expect(form).toContainText('¥3,000.00');
  await expect(form).toContainText('职业病危害隐患');
  await expect(form).toContainText('重大隐患');
  await expect(form).toContainText('喷涂房排风机停转');
  // The attachment is the reporter's photo itself, served through the console, not a broken link.
  const photo = form.getByRole('img', { name: '隐患照片1' });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img) => (img as { complete: boolean; naturalWidth: number }).complete && (img as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
  await keepScreenshot(town, 'hazard-reward-item');

  await town.getByLabel('审批意见').fill('情况属实，同意奖励');
  await town.getByRole('button', { name: '同意', exact: true }).click();
  await expect(town.getByText('同意成功')).toBeVisible();
});
