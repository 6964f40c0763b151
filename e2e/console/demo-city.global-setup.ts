import { ensureInfrastructure, startDemoCity } from '@lc/testing';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const runFolder = join(__dirname, '../../.run/console-journeys');

/**
 * Starts the servers (or reuses running ones), then a demo city of the journeys' own with the console in
 * front of it; the journeys reach it at baseURL. Answers the teardown, which stops it all.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  ensureInfrastructure();
  // Sessions kept by an earlier run belong to a city that is gone.
  rmSync(join(runFolder, 'sessions'), { recursive: true, force: true });
  mkdirSync(join(runFolder, 'screenshots'), { recursive: true });
  const started = Date.now();
  const city = await startDemoCity();
  process.env.PLAYWRIGHT_BASE_URL = city.console.url;
  process.stdout.write(`[journeys] demo city and console ready at ${city.console.url} in ${Math.round((Date.now() - started) / 1000)} s\n`);
  return () => city.stop();
}
