import { expect, keepScreenshot, test } from './fixtures';

/**
 * The 工人先锋号 application (seed 004 attachment 1) as a form: its composition must add up, and the form
 * says so, in Chinese, while the figures are typed, before anything is sent. The enterprise union's only
 * cadre sends it, signing the union's box (单位工会意见) with it as on paper; the chain goes on at the
 * enterprise's own box (单位意见).
 */
test('the 工人先锋号 application form checks the team composition as it is filled in, and its union cadre signs the first box with the submission', async ({ as }) => {
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

  // The rest of the form, then the union's own box, which the cadre signs with the submission.
  for (const [label, value] of [
    ['单位何时组建', '2003-05'],
    ['岗长姓名', '王海涛'],
    ['班组何时组建', '2014-09'],
    ['平均年龄（岁）', '36.5'],
    ['平均技术等级（级）', '4.2'],
    ['姓名', '王海涛'],
    ['出生年月', '1986-03'],
    ['文化程度', '大专'],
    ['政治面貌', '中共党员'],
    ['工种', '装配钳工'],
    ['何年何月任职', '2018-06'],
    ['手机号码', '13905310002'],
    ['单位地址', '示范市兴华街道工业路8号'],
    ['邮编', '250100'],
  ]) {
    await cadre.getByLabel(label, { exact: true }).fill(value);
  }
  await cadre.getByLabel('性别').click();
  await cadre.locator('.ant-select-dropdown:visible').getByTitle('男', { exact: true }).click();
  const box = cadre.getByRole('textbox', { name: '单位工会意见' });
  await expect(box).toHaveValue('同意申报');
  await expect(cadre.getByText('您是本单位工会干部：报送时即以本人名义签署此栏，审批从下一栏开始。')).toBeVisible();
  await box.fill('装配班管理规范，同意申报');
  await keepScreenshot(cadre, 'pioneer-team-form-first-box');
  await cadre.getByRole('button', { name: '提交申报' }).click();
  await expect(cadre.getByText('已提交，并已签署单位工会意见')).toBeVisible();

  // The paper form shows the union's box signed by the cadre, and the enterprise's box waiting.
  const form = cadre.getByRole('table', { name: '工人先锋号示范培育申报表' });
  await expect(form.getByText('装配班管理规范，同意申报')).toBeVisible();
  await expect(cadre.getByText(/刘晓梅/).first()).toBeVisible();
  await keepScreenshot(cadre, 'pioneer-team-first-box-signed');

  // The enterprise's management decides next, as after any decision of the first box; it declines, so
  // nothing of this journey is left in anyone's inbox.
  const manager = await as('ent.manager');
  await manager.goto(cadre.url());
  await expect(manager.getByText('办理：单位意见')).toBeVisible();
  await manager.getByLabel('审批意见').fill('班组刚调整，暂不申报');
  await manager.getByRole('button', { name: '不同意', exact: true }).click();
  await manager.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).click();
  await expect(manager.getByText('不同意成功')).toBeVisible();
});
