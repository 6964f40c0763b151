import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { creditCodeFor } from '@lc/testing';
import { expect, test } from './fixtures';

test('an enterprise import with one bad row imports nothing and reports that row in Chinese', async ({ as }) => {
  const cadre = await as('town.cadre');
  const stamp = Date.now().toString().slice(-6);
  const file = join(tmpdir(), `enterprises-${stamp}.csv`);
  writeFileSync(
    file,
    '\ufeff单位编号,企业名称,统一社会信用代码,上级工会编号,行政区划代码,所有制,规模以上,行业,职工人数\n' +
      `,兴华精工${stamp}有限公司,${creditCodeFor(700_000 + Number(stamp))},town-xinghua,370102,非公有制,是,通用设备制造业,120\n` +
      `,兴华纺织${stamp}有限公司,not-a-credit-code,town-xinghua,370102,非公有制,否,纺织业,80\n`,
  );
  await cadre.goto('/org?unit=town-xinghua');
  await cadre.getByRole('tab', { name: '企业导入' }).click();
  const download = cadre.waitForEvent('download');
  await cadre.getByRole('button', { name: '下载模板' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toContain('统一社会信用代码');

  await cadre.getByRole('tabpanel', { name: '企业导入' }).locator('input[type=file]').setInputFiles(file);
  await expect(cadre.getByText(/未导入：共 \d+ 处问题/)).toBeVisible();
  const problems = cadre.getByRole('row').filter({ hasText: '统一社会信用代码' });
  await expect(problems.first()).toContainText('3');
  const report = cadre.waitForEvent('download');
  await cadre.getByRole('button', { name: '下载错误报告' }).click();
  const text = readFileSync(await (await report).path(), 'utf8');
  expect(text).toContain('行号,列,问题');
  expect(text).toMatch(/3,统一社会信用代码,/);
  // All rows or none: the good row was not imported either.
  await cadre.getByRole('tab', { name: '下级单位' }).click();
  await expect(cadre.getByText(`兴华精工${stamp}有限公司`)).toHaveCount(0);
});
