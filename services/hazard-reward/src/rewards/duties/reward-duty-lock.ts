import { EntityManager } from 'typeorm';

/**
 * Serialises the acts whose separation of duties is checked against each other: verifying a report
 * (against the schemes and budgets of every union above its enterprise), setting a union's budget and
 * creating its scheme. Without it, one person could verify a report and set the budget that pays it at
 * the same moment, each check reading before the other's row was committed.
 *
 * Transaction-scoped advisory locks, one per union. A verification takes its enterprise's unions from the
 * root down; the others take one union's lock: taken in one order, they cannot deadlock.
 */
export async function lockRewardDuties(tx: EntityManager, unitIdsFromRoot: readonly string[]): Promise<void> {
  for (const unitId of unitIdsFromRoot) {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('reward-duties:' || $1))`, [unitId]);
  }
}
