import { readFileSync } from 'node:fs';
import { pdfTextLines } from '@lc/testing';
import { expect, keepScreenshot, test } from './fixtures';

test("the auditor opens a hazard reward's case file, every step verified, and downloads its PDF; the reporter is named nowhere", async ({ as }) => {
  const auditor = await as('city.auditor');
  await auditor.getByRole('menuitem', { name: '隐患排查' }).click();
  await auditor.getByRole('tab', { name: '奖励台账' }).click();
  // The demo city's paid reward: 杨帆's named report, confirmed by 刘晓梅 of 恒通精密机械.
  const paid = auditor.getByRole('row').filter({ hasText: '已入账' });
  await paid.getByRole('link', { name: '全程档案' }).click();

  await expect(auditor.getByText(/^全程档案 · 数控车间3号机床/)).toBeVisible();
  const steps = auditor.getByRole('listitem');
  await expect(steps.filter({ hasText: '报告隐患' })).toContainText('举报人（不公开）');
  await expect(steps.filter({ hasText: '核实：确认隐患' })).toContainText('刘晓梅 · 示范市恒通精密机械有限公司');
  await expect(steps.filter({ hasText: '奖励支付到账' })).toContainText('系统（自动）');
  await expect(steps.filter({ hasText: '制定整改方案' })).toContainText('更换联锁开关，班前点检');
  await expect(auditor.getByText('全部审计记录校验通过：记录未被改动，哈希链完整')).toBeVisible();
  const badges = auditor.locator('.ant-timeline-item .ant-tag').filter({ hasText: /^校验通过$|^待封存$|^记录被改动$|^链条断开$/ });
  await expect(badges.first()).toBeVisible();
  expect(await badges.allInnerTexts()).toEqual((await badges.allInnerTexts()).map(() => '校验通过'));
  await expect(auditor.getByText('杨帆')).toHaveCount(0);
  await keepScreenshot(auditor, 'case-file');

  const download = auditor.waitForEvent('download');
  await auditor.getByRole('button', { name: '导出PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^全程档案-.+\.pdf$/);
  const text = pdfTextLines(readFileSync(await file.path())).join('\n');
  expect(text).toContain('全程档案');
  expect(text).toContain('刘晓梅 · 示范市恒通精密机械有限公司');
  expect(text).toContain('导出人：胡明');
  expect(text).not.toContain('杨帆');
  await expect(auditor.getByText('已导出全程档案 PDF')).toBeVisible();
});
