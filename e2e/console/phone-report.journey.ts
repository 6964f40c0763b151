import sharp from 'sharp';
import { DEMO_PASSWORD, expect, keepScreenshot, signIn, test, type Page } from './fixtures';

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
test('a worker reports a hazard anonymously from the poster on a phone, safely sent twice; it is confirmed, approved up the chain and paid against what only the worker holds', async ({ browser, baseURL, as }) => {
  test.setTimeout(300_000);
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

  // A phone: 375×667, touch, as the workers' phones the H5 pages are made for; the cadres work at desks.
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

  // The city's safety inspector confirms it as a major hazard from the queue, photos in view.
  const inspector = await as('city.inspector');
  await inspector.goto('/hazards');
  const queued = inspector.getByRole('row').filter({ hasText: description });
  await expect(queued.locator('img')).toHaveCount(2);
  await expect(queued).toContainText('匿名');
  await queued.getByText('核实').click();
  const verify = inspector.getByRole('dialog', { name: '核实隐患报告' });
  await verify.getByText('确认属实').click();
  await verify.getByText('重大隐患').click();
  await verify.getByRole('button', { name: '确定' }).click();
  await expect(inspector.getByText('已核实')).toBeVisible();

  // Its 2,000 yuan reward is over the city's threshold: township, county and city agree in turn.
  for (const cadre of ['town.cadre', 'county.cadre', 'city.cadre']) {
    const approver = await as(cadre);
    await approver.goto('/approvals');
    await approver.getByRole('link', { name: /隐患举报奖励 2000\.00 元/ }).first().click();
    await expect(approver.locator('.ant-descriptions').filter({ hasText: '隐患举报奖励' })).toContainText(description);
    await approver.getByLabel('审批意见').fill('同意奖励');
    await approver.getByRole('button', { name: '同意', exact: true }).click();
    await expect(approver.getByText('同意成功')).toBeVisible();
  }

  // Only the key and PIN lead to the reward: the worker claims it, finance pays against the code.
  await page.getByText('匿名查询').click();
  await page.getByLabel('报告码').fill(reportKey);
  await page.getByLabel('密码').fill(pin);
  // The last approval is applied to the reward a moment after it is given: look again until it shows.
  await expect(async () => {
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page.getByText('奖励已发放，可领取兑奖码')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole('button', { name: '领取奖励' }).click();
  const claimCode = (await page.getByLabel('兑奖码').innerText()).trim();
  expect(claimCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

  const finance = await as('city.finance');
  await finance.goto('/hazards');
  await finance.getByRole('tab', { name: '奖励台账' }).click();
  await finance.getByRole('button', { name: '兑付奖励' }).click();
  await finance.getByRole('textbox', { name: '兑奖码' }).fill(claimCode);
  await finance.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(finance.getByText(/已兑付 ¥2,000\.00/)).toBeVisible();
  await expect(finance.getByRole('dialog')).toBeHidden();
  await keepScreenshot(finance, 'hazards-reward-ledger');

  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByText('奖励已兑付')).toBeVisible();
  await keepScreenshot(page, 'phone-reward-paid');

  // Enterprise management rectifies hazards but never learns who reported one, named or not.
  const manager = await as('ent.manager');
  await manager.goto('/hazards');
  const archived = manager.getByRole('row').filter({ hasText: description });
  await expect(archived).toBeVisible();
  await archived.getByText('查看').click();
  await expect(manager.locator('.ant-drawer')).toContainText('隐患档案');
  await expect(manager.locator('body')).not.toContainText('杨帆');
  await expect(manager.locator('body')).not.toContainText('报告人');
  await phone.close();
  await cadreContext.close();
});
