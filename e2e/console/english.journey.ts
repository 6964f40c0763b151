import { expect, keepScreenshot, signIn, test } from './fixtures';

/**
 * English is the console's second language: one click in the header and the frame, the lists, the
 * org tree and the competitions speak English, dates and amounts included; a second click brings the
 * Chinese back. A context of its own, so that no other journey's saved session starts in English.
 */
test('a cadre switches the console to English and back', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, 'city.cadre');
  await page.getByRole('button', { name: '语言' }).click();

  await expect(page.getByRole('menuitem', { name: 'Approvals' })).toBeVisible();
  await expect(page.getByText('My to-do')).toBeVisible();
  await keepScreenshot(page, 'english-workbench');

  await page.getByRole('menuitem', { name: 'Approvals' }).click();
  await expect(page.getByRole('tab', { name: /To do/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Item' })).toBeVisible();

  await page.getByRole('menuitem', { name: 'Organisation' }).click();
  await expect(page.getByRole('tab', { name: 'Sub-units' })).toBeVisible();
  await expect(page.getByRole('tree')).toContainText(/\d+ enterprises/);
  await keepScreenshot(page, 'english-org');

  await page.getByRole('menuitem', { name: 'Competitions' }).click();
  const plan = page.getByRole('row').filter({ hasText: '“当好主人翁、建功新时代”' }).first();
  // The data stays as written; the console's own words and the dates are English.
  await expect(plan).toContainText('Labour competition');
  await expect(plan).toContainText('Open for entries');
  await expect(plan).toContainText(/1 Mar 2026/);
  await keepScreenshot(page, 'english-competitions');

  await page.getByRole('button', { name: 'Language' }).click();
  await expect(page.getByRole('menuitem', { name: '竞赛管理' })).toBeVisible();
  await expect(plan).toContainText('报名中');
  await context.close();
});
