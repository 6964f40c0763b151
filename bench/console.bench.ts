/**
 * Console benchmark, in Debian's Chromium through the console service:
 * - the JavaScript a browser must load before the first screen renders (the login screen for a visitor,
 *   the workbench for a signed-in cadre), gzipped as a server would send it; target ≤ 300 KB;
 * - the approval centre (审批中心) with 10,000 pending items for one cadre: from navigation to the first
 *   page of rows on screen; target < 1 s. The items are written straight into the centre's read model of
 *   a throwaway database (making 10,000 real chains would measure Temporal, not the screen).
 *
 *   npm run bench:console        (BENCH_PENDING=n for another number of items)
 *
 * Uses the built services and console (build first). Prints its figures as JSON; asserts nothing.
 */
import { chromium, type Page } from '@playwright/test';
import { Client } from 'pg';
import { gzipSync } from 'node:zlib';
import { ensureInfrastructure, startConsole, startTestCity, ROOT_ADMIN } from '@lc/testing';

const PENDING = Number(process.env.BENCH_PENDING ?? 10_000);
const RUNS = 5;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const round = (n: number) => +n.toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Gzipped bytes of every script the page loaded until `ready` holds. */
async function scriptsUntil(page: Page, go: () => Promise<unknown>, ready: () => Promise<unknown>): Promise<{ files: number; gzipKb: number; rawKb: number }> {
  const bodies: Promise<Buffer>[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  };
  page.on('response', onResponse);
  await go();
  await ready();
  page.off('response', onResponse);
  const all = await Promise.all(bodies);
  return {
    files: all.length,
    gzipKb: round(all.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0) / 1024),
    rawKb: round(all.reduce((sum, b) => sum + b.length, 0) / 1024),
  };
}

/** 10,000 items from three services, all waiting for one cadre, as the centre's projection writes them. */
async function fillApprovalCentre(databaseUrl: string, userId: string): Promise<void> {
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    await sql.query(
      `WITH items AS (
         INSERT INTO registration.approval_centre_items (workflow_id, service, item_kind, item_id, title, status, current_step_id, step_title,
                                            submitter_user_id, submitted_at, updated_at, due_at, last_seq)
         SELECT 'bench-' || n, (ARRAY['registration', 'hazard-reward', 'awards'])[1 + n % 3],
                (ARRAY['plan-filing', 'hazard-reward', 'nomination'])[1 + n % 3], 'item-' || n,
                '基准事项 第' || n || '号', 'pending', 'city', '市总工会意见', 'bench-submitter',
                now() - make_interval(mins => n), now() - make_interval(mins => n), now() + interval '3 days', 1
           FROM generate_series(1, $2::int) AS n
         RETURNING workflow_id, submitted_at, due_at)
       INSERT INTO registration.approval_centre_waiting (workflow_id, user_id, waiting_as, waiting_since, due_at)
       SELECT workflow_id, $1, 'approver', submitted_at, due_at FROM items`,
      [userId, PENDING],
    );
    await sql.query('ANALYZE registration.approval_centre_items; ANALYZE registration.approval_centre_waiting');
  } finally {
    await sql.end();
  }
}

async function main(): Promise<void> {
  ensureInfrastructure();
  const city = await startTestCity({ buildTree: false });
  const consoleService = await startConsole(city);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const me = (await (await fetch(`${city.registration.url}/users/me`, { headers: { authorization: `Bearer ${city.rootToken}` } })).json()) as { id: string };
    await fillApprovalCentre(city.databaseUrl, me.id);

    const context = await browser.newContext({ baseURL: consoleService.url, viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const login = await scriptsUntil(
      page,
      () => page.goto('/login'),
      () => page.getByRole('button', { name: '登录' }).waitFor(),
    );
    await page.getByLabel('用户名').fill(ROOT_ADMIN.username);
    await page.getByLabel('密码').fill(ROOT_ADMIN.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText(/您好，/).waitFor();

    const fresh = await browser.newContext({ baseURL: consoleService.url, viewport: { width: 1366, height: 768 }, storageState: await context.storageState() });
    const signedInPage = await fresh.newPage();
    const workbench = await scriptsUntil(
      signedInPage,
      () => signedInPage.goto('/workbench'),
      () => signedInPage.getByText('我的待办').waitFor(),
    );

    // Navigation start to the first page of rows on screen, measured by the page's own clock.
    const runs: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      await signedInPage.goto('/approvals');
      await signedInPage.getByRole('link', { name: /基准事项 第\d+号/ }).first().waitFor();
      const took = await signedInPage.evaluate(() => performance.now());
      if (i > 0) runs.push(took); // the first load fills the browser's cache, as a cadre's first visit of the day does
    }
    const rows = await signedInPage.getByRole('link', { name: /基准事项 第\d+号/ }).count();
    const total = await signedInPage.getByText(/共 \d+ 条/).first().textContent();
    await fresh.storageState();

    console.log(
      JSON.stringify(
        {
          firstScreenJavaScript: { login, workbench, targetGzipKb: 300 },
          approvalCentre: { pendingItems: PENDING, firstPageRows: rows, pager: total, firstPageMs: { p50: round(median(runs)), max: round(Math.max(...runs)), runs: runs.map(round) }, targetMs: 1000 },
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    await consoleService.stop();
    await city.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
