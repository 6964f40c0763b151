import { EntityManager } from 'typeorm';
import type { Caller, OrgUnitRef } from '@lc/platform';
import { lockUnionForMoneySetting } from '../duties/reward-duty-lock';
import { RewardBeingWorkedOut, SchemePeriodsOverlap } from '../reward.errors';
import { RewardSchemeRepository } from './reward-scheme.repository';

/**
 * What creating and correcting a scheme both check, under the union's scheme lock and its money-setting
 * lock: the period overlaps no other scheme of the union (so exactly one rule applies on any day), and
 * the caller has no confirmed report under the union whose reward is still being worked out.
 */
export async function checkSchemePeriodAndDuties(
  tx: EntityManager,
  schemes: RewardSchemeRepository,
  unit: OrgUnitRef,
  period: { validFrom: string; validUntil?: string | null },
  caller: Caller,
  exceptSchemeId: string | null = null,
): Promise<void> {
  await schemes.lockUnion(tx, unit.id);
  await assertNoRewardPendingOnYourWord(tx, schemes, unit, caller);
  const overlap = await schemes.overlapping(tx, unit.id, period, exceptSchemeId);
  if (overlap) {
    throw new SchemePeriodsOverlap(unit.id, overlap);
  }
}

/**
 * Separation of duties: a reward is worked out from the scheme in force just after its report is
 * confirmed. A scheme set in that moment by the report's verifier would pay, on one person's word,
 * amounts that person set; so a verifier whose confirmed reports under this union have no reward yet
 * waits until they have one. Under the lock a verification takes, so the two cannot pass each other.
 */
async function assertNoRewardPendingOnYourWord(tx: EntityManager, schemes: RewardSchemeRepository, unit: OrgUnitRef, caller: Caller): Promise<void> {
  await lockUnionForMoneySetting(tx, unit.id);
  const pending = await schemes.confirmedWithoutReward(tx, caller.principal.userId, unit.path);
  if (pending) {
    throw new RewardBeingWorkedOut(pending.id);
  }
}
