import { ensureInfrastructure } from './infrastructure';
import { ensureTestTemporalNamespace } from './temporal-namespace';

/** Jest global setup: the servers (and the tests' Temporal namespace) before any test file; workers inherit their addresses. */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const endpoints = ensureInfrastructure();
  await ensureTestTemporalNamespace(endpoints.temporalAddress);
  process.stdout.write(`\n[testing] infrastructure (${endpoints.mode}) ready in ${Date.now() - started} ms\n`);
}
