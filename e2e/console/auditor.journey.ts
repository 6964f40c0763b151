import { expect, test } from './fixtures';

test('an auditor reads everything, sees no write button, and a forced write is refused', async ({ as }) => {
  const auditor = await as('city.auditor');
  await expect(auditor.getByText('只读')).toBeVisible();
  await auditor.getByRole('menuitem', { name: '审计' }).click();
  await expect(auditor.getByRole('button', { name: '导出 CSV' })).toBeVisible();
  await auditor.getByRole('button', { name: '校验审计链' }).click();
  await expect(auditor.getByText(/完整（\d+ 条）/).first()).toBeVisible();

  // The menu shows what a read-only role may open, and no screen offers a write.
  await expect(auditor.getByRole('menuitem', { name: '竞赛管理' })).toHaveCount(0);
  await auditor.goto('/competitions');
  await expect(auditor.getByText('403')).toBeVisible();
  await expect(auditor.getByRole('button', { name: '新建竞赛' })).toHaveCount(0);

  // Crafting the request anyway: the service refuses it, in Chinese.
  const csrf = (await auditor.context().cookies()).find((c) => c.name === 'lc_csrf')?.value ?? '';
  const forced = await auditor.request.post('/api/registration/competitions', {
    headers: { 'X-CSRF-Token': decodeURIComponent(csrf) },
    data: { name: '审计员不应能创建的竞赛', organiserOrgUnitId: 'demo-city', startDate: '2026-03-01', endDate: '2026-11-30' },
  });
  expect(forced.status()).toBe(403);
  expect((await forced.json()).messageZh).toMatch(/[\u4e00-\u9fff]/);
});
