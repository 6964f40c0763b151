import { expect, test } from './fixtures';

/**
 * The 工人先锋号 application (seed 004 attachment 1) as a form: its composition must add up, and the form
 * says so, in Chinese, while the figures are typed, before anything is sent.
 */
test('the 工人先锋号 application form checks the team composition as it is filled in', async ({ as }) => {
  const cadre = await as('ent.cadre');
  await cadre.goto('/competitions');
  await cadre.getByRole('link', { name: '2026年东城区创建“工人先锋号”示范培育活动' }).click();
  await cadre.getByRole('tab', { name: '工人先锋号申报' }).click();
  await cadre.getByRole('combobox', { name: '班组' }).fill('装配班');
  await cadre.locator('.ant-select-dropdown:visible').getByTitle(/^装配班（/).click();
  await cadre.getByLabel('班组人数').fill('20');
  for (const [label, value] of [
    ['共（人）', '20'],
    ['男', '15'],
    ['女', '4'],
    ['党员', '6'],
    ['团员', '5'],
    ['大专（及以上）', '8'],
    ['高中', '9'],
    ['初中', '3'],
  ]) {
    await cadre.getByLabel(label, { exact: true }).fill(value);
  }
  await expect(cadre.getByText('男（15）女（4）人数之和应等于总人数（20）')).toBeVisible();
  await cadre.getByLabel('女', { exact: true }).fill('5');
  await expect(cadre.getByText('人员构成还对不上')).toHaveCount(0);
});
