import { expect, keepScreenshot, signIn, test } from './fixtures';

test('a cadre logs in, sees their unit and roles, and logs out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await keepScreenshot(page, '01-login');
  await signIn(page, 'county.cadre');
  await expect(page.getByText('东城区总工会').first()).toBeVisible();
  await expect(page.getByText('县总工会干部').first()).toBeVisible();
  // The session is an httpOnly cookie: nothing a script could steal.
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'lc_session')).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
  expect(await page.evaluate('JSON.stringify(localStorage)')).not.toMatch(/eyJ/);
  await page.getByRole('button', { name: '账号菜单' }).click();
  await page.getByText('退出登录').click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/approvals');
  await expect(page).toHaveURL(/\/login/);
});

test('a wrong password is refused in Chinese, and so is a login too often repeated', async ({ page }) => {
  await page.goto('/login');
  // industry.cadre does nothing else in the journeys, so locking them out here blocks no other journey.
  await page.getByLabel('用户名').fill('industry.cadre');
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toHaveText('用户名或密码不正确');
  // The same name from the same place, again and again: the service throttles, the screen says how long.
  for (let i = 0; i < 12; i++) {
    await page.getByRole('button', { name: '登录' }).click();
    if (await page.getByText(/登录过于频繁|已暂时锁定/).isVisible()) break;
  }
  await expect(page.getByRole('alert')).toHaveText(/登录过于频繁，请于 \d+ 秒后再试|已暂时锁定/);
});
