import { expect, keepScreenshot, test, type Page } from './fixtures';

const application = '工人先锋号创建申报';

/** Opens the 工人先锋号 application waiting for this user and fills the form's box with an opinion. */
async function fillBox(page: Page, box: string, opinion: string) {
  await page.goto('/approvals');
  await page.getByRole('link', { name: new RegExp(application) }).first().click();
  const form = page.getByRole('table', { name: '工人先锋号示范培育申报表' });
  await expect(form).toBeVisible();
  await expect(page.getByText(`办理：${box}`)).toBeVisible();
  await page.getByLabel('审批意见').fill(opinion);
  await page.getByRole('button', { name: '同意', exact: true }).click();
  await expect(page.getByText('同意成功')).toBeVisible();
  await expect(form.getByText(opinion)).toBeVisible();
}

/**
 * Seed 004 attachment 1: the team's application goes through its four opinion boxes (the enterprise's
 * union, the enterprise, the township union, the county competition committee office), each box
 * filling in on the paper form as its holder signs.
 */
test('a 工人先锋号 application goes through its four boxes, filling in the paper form', async ({ as }) => {
  await fillBox(await as('ent.cadre'), '单位工会意见', '班组管理规范，同意推荐');
  await fillBox(await as('ent.manager'), '单位意见', '同意上报');
  await fillBox(await as('town.cadre'), '乡镇（街道、园区）工会意见', '情况属实，同意');
  const office = await as('county.office');
  await fillBox(office, '县劳动竞赛委员会办公室意见', '同意列入示范培育');
  await expect(office.getByText('已通过')).toBeVisible();
  const form = office.getByRole('table', { name: '工人先锋号示范培育申报表' });
  for (const opinion of ['班组管理规范，同意推荐', '同意上报', '情况属实，同意', '同意列入示范培育']) await expect(form.getByText(opinion)).toBeVisible();
  await keepScreenshot(office, '05-pioneer-team-form');
});
