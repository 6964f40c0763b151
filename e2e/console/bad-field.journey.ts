import { expect, pickUnit, test } from './fixtures';

test('a field the service refuses shows its Chinese message on that field', async ({ as }) => {
  const cadre = await as('county.cadre');
  await cadre.goto('/competitions/new');
  await cadre.getByLabel('竞赛名称').fill('上级竞赛写错的竞赛');
  await pickUnit(cadre, '主办单位', '东城区总工会');
  await cadre.getByLabel('上级竞赛（联赛，可不填）').fill('not-a-competition-id');
  await cadre.getByPlaceholder('开始日期').fill('2026-03-01');
  await cadre.getByPlaceholder('结束日期').fill('2026-11-30');
  await cadre.keyboard.press('Enter');
  await cadre.getByRole('button', { name: '保存' }).click();
  // The form passes the browser's checks; the service refuses the parent competition, and says so on that field.
  const field = cadre.locator('.ant-form-item').filter({ has: cadre.getByLabel('上级竞赛（联赛，可不填）') });
  await expect(field.locator('.ant-form-item-explain-error')).toHaveText(/[\u4e00-\u9fff]/);
  await expect(cadre).toHaveURL(/\/competitions\/new/);
});
