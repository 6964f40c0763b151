import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The demo city's password (scripts/demo/city.js); the journeys' city is loaded from the same script. */
export const DEMO_PASSWORD = 'Demo2026pass';

const sessions = join(__dirname, '../../.run/console-journeys/sessions');

/** Logs in through the login screen, as a person does. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText(/您好，/)).toBeVisible();
}

interface Fixtures {
  /** A page signed in as this demo user: logged in once per user and reused, as Playwright advises. */
  as: (username: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // The global setup starts the console on a free port and says where.
  baseURL: async ({ browserName: _ }, use) => use(process.env.PLAYWRIGHT_BASE_URL),
  as: async ({ browser, baseURL }, use) => {
    mkdirSync(sessions, { recursive: true });
    const opened: [string, BrowserContext][] = [];
    await use(async (username) => {
      const file = join(sessions, `${username}.json`);
      const context = await browser.newContext({ baseURL, ...(existsSync(file) ? { storageState: file } : {}) });
      opened.push([file, context]);
      const page = await context.newPage();
      // A kept session opens on the home screen, as a fresh sign-in does, so a journey starts the same
      // whichever journey signed this user in first.
      if (existsSync(file)) await page.goto('/');
      else await signIn(page, username);
      return page;
    });
    // The session cookie changes when the console refreshes the access token: keep the newest, since an
    // old refresh token presented again would end the session (rotation with reuse detection).
    for (const [file, context] of opened) {
      await context.storageState({ path: file });
      await context.close();
    }
  },
});

export { expect };
export type { Page };

/** Chooses a unit in a unit picker by typing part of its name, as a person does. */
export async function pickUnit(page: Page, label: string, name: string): Promise<void> {
  await page.getByLabel(label).fill(name);
  // The open list shows each unit as 「name（kind）」, its title the same.
  await page.locator('.ant-select-dropdown:visible').getByTitle(new RegExp(`^${name}（`)).click();
}

/** Each journey's screenshot of a main screen, at 1366×768, kept with the run's results. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(__dirname, '../../.run/console-journeys/screenshots', `${name}.png`) });
}
