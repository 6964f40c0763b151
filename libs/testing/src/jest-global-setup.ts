import { ensureInfrastructure } from './infrastructure';

/** Jest global setup: the servers run before any test file; workers inherit their addresses. */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const endpoints = ensureInfrastructure();
  process.stdout.write(`\n[testing] infrastructure (${endpoints.mode}) ready in ${Date.now() - started} ms\n`);
}
