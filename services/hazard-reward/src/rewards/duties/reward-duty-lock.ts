import { EntityManager } from 'typeorm';

/**
 * Serialises the acts whose separation of duties is checked against each other: verifying a report
 * (against the schemes and budgets of every union above its enterprise), setting a union's budget and
 * creating its scheme. Without it, one person could verify a report and set the budget that pays it at
 * the same moment, each check reading before the other's row was committed.
 *
 * Transaction-scoped advisory locks, one per union. Verifications take them shared (they do not wait for
 * each other), on the enterprise's unions from the root down; setting a budget or creating a scheme takes
 * its union's exclusively. One order and single exclusive locks: they cannot deadlock.
 */
export async function lockUnionsForVerification(tx: EntityManager, unitIdsFromRoot: readonly string[]): Promise<void> {
  for (const unitId of unitIdsFromRoot) {
    await tx.query(`SELECT pg_advisory_xact_lock_shared(hashtext('reward-duties:' || $1))`, [unitId]);
  }
}

/** Taken by whoever sets a union's budget or creates its scheme: waits for verifications under it to end. */
export async function lockUnionForMoneySetting(tx: EntityManager, unitId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('reward-duties:' || $1))`, [unitId]);
}
