import sharp from 'sharp';
import { DEMO_PASSWORD, expect, keepScreenshot, signIn, test, type Page } from './fixtures';

/** A phone: 375×667, touch, as the workers' phones the H5 pages are made for. */
test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

/** A photo as a phone camera makes it: large, so that the compression before upload has work to do. */
const cameraPhoto = (r: number) =>
  sharp({ create: { width: 3000, height: 2250, channels: 3, background: { r, g: 90, b: 40 } } })
    .jpeg({ quality: 95 })
    .toBuffer();

async function logInOnPhone(page: Page, username: string, goingTo = '/m') {
  await page.goto(goingTo);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL('**/m/**');
}

/**
 * 随手拍 on a phone: a worker scans the enterprise's poster, reports anonymously with two photos taken on
 * the phone, loses the answer to a bad connection and sends again — one report, not two — keeps the report
 * key and PIN, and follows the report with them.
 */
test('a worker reports a hazard anonymously from the poster on a phone, safely sent twice, and follows it with the key and PIN', async ({ browser, baseURL }) => {
  // The enterprise union prints the poster; its code opens the form with the enterprise filled in.
  const cadreContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const cadre = await cadreContext.newPage();
  await signIn(cadre, 'ent.cadre');
  await cadre.goto('/print/hazard-poster/ent-hengtong');
  const qr = cadre.getByRole('img', { name: /隐患随手拍二维码/ });
  await expect(qr).toBeVisible();
  await expect.poll(() => qr.evaluate((img) => (img as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
  await expect(cadre.getByText('示范市恒通精密机械有限公司')).toBeVisible();
  await keepScreenshot(cadre, 'phone-poster');

  const phone = await browser.newContext({ baseURL, viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
  const page = await phone.newPage();
  await logInOnPhone(page, 'demo.worker', `/m/report?enterprise=ent-hengtong&name=${encodeURIComponent('示范市恒通精密机械有限公司')}`);
  await expect(page.getByText('示范市恒通精密机械有限公司（扫码所得）')).toBeVisible();

  const description = `冲床光电保护失效 ${Date.now()}`;
  await page.getByLabel('隐患地点').fill('冲压车间2号冲床');
  await page.getByRole('option', { name: /^事故隐患/ }).click();
  await page.getByLabel('隐患描述').fill(description);
  // Two photos taken with the camera, one after the other, as a phone's camera gives them.
  const camera = page.locator('input[type=file][capture]');
  await camera.setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(200) });
  await expect(page.locator('.adm-image-uploader-cell')).toHaveCount(1);
  await camera.setInputFiles({ name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(120) });
  await expect(page.locator('.adm-image-uploader-cell')).toHaveCount(2);
  await page.getByRole('switch', { name: '匿名报告' }).click();
  await expect(page.getByText(/平台不记录是谁报告的/)).toBeVisible();
  await keepScreenshot(page, 'phone-report-form');

  // The first send reaches the service, but its answer is lost on the way back.
  let sends = 0;
  const sentSizes: number[] = [];
  await page.route('**/api/hazard-reward/hazard-reports', async (route) => {
    sends += 1;
    sentSizes.push(route.request().postDataBuffer()?.length ?? 0);
    if (sends === 1) {
      await route.fetch();
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await page.getByRole('button', { name: '提交报告' }).click();
  await expect(page.getByText(/网络不稳，报告可能没有送达/)).toBeVisible();
  await page.getByRole('button', { name: '重新提交' }).click();

  const reportKey = (await page.getByLabel('报告码').innerText()).trim();
  const pin = (await page.getByLabel('密码').innerText()).trim();
  expect(reportKey).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(pin).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await keepScreenshot(page, 'phone-report-keys');
  // Two sends, both carrying the compressed photos: two 3000×2250 photos went out in well under 1.5 MB.
  expect(sends).toBe(2);
  expect(Math.max(...sentSizes)).toBeLessThan(1_500_000);

  // One report, not two: the enterprise's union sees it once, and not who sent it.
  const listed = await cadre.request.get('/api/hazard-reward/hazard-reports?unitId=ent-hengtong&limit=200');
  const matching = ((await listed.json()) as { items: { description: string; anonymous: boolean; reporter?: unknown }[] }).items.filter((r) => r.description === description);
  expect(matching).toHaveLength(1);
  expect(matching[0]).toMatchObject({ anonymous: true });
  expect(matching[0].reporter ?? null).toBeNull();

  await page.getByRole('button', { name: '我已抄下或截图' }).click();
  await page.getByText('匿名查询').click();
  await page.getByLabel('报告码').fill(reportKey);
  await page.getByLabel('密码').fill(pin);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByText(description, { exact: false })).toBeVisible();
  await expect(page.getByText('核实：待核实')).toBeVisible();
  await keepScreenshot(page, 'phone-follow');

  // The worker's named reports: each where it stands, and the rewards received.
  await page.getByText('我的报告').click();
  await expect(page.getByText('已获奖励合计')).toBeVisible();
  await expect(page.getByText(/数控车间3号机床/)).toBeVisible();
  await expect(page.getByText(/核实：已确认/).first()).toBeVisible();
  await keepScreenshot(page, 'phone-my-reports');
  await phone.close();
  await cadreContext.close();
});
