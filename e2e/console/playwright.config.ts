import { defineConfig } from '@playwright/test';

/**
 * The console's journeys, in Debian's Chromium, against a city of their own: the global setup starts the
 * four services and the console on a throwaway database, loads the demo city into it through the API,
 * and each journey acts as the demo user who does that work in real life.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.journey.ts',
  globalSetup: require.resolve('./demo-city.global-setup'),
  outputDir: '../../.run/console-journeys/results',
  // One journey at a time: they share one city, and the machine has two cores.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['html', { outputFolder: '../../.run/console-journeys/report', open: 'never' }]],
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
