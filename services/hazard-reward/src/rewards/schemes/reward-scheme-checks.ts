import { EntityManager } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import type { Caller, OrgUnitRef } from '@lc/platform';
import { lockUnionForMoneySetting } from '../duties/reward-duty-lock';
import { RewardBeingWorkedOut, SchemePeriodsOverlap } from '../reward.errors';

/**
 * What creating and correcting a scheme both check, under the union's scheme lock and its money-setting
 * lock: the period overlaps no other scheme of the union (so exactly one rule applies on any day), and
 * the caller has no confirmed report under the union whose reward is still being worked out.
 */
export async function checkSchemePeriodAndDuties(
  tx: EntityManager,
  unit: OrgUnitRef,
  period: { validFrom: string; validUntil?: string | null },
  caller: Caller,
  exceptSchemeId: string | null = null,
): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('reward-schemes:' || $1))`, [unit.id]);
  await assertNoRewardPendingOnYourWord(tx, unit, caller);
  const [overlap]: { id: string; name: string; valid_from: string; valid_until: string | null }[] = await tx.query(
    `SELECT id, name, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_until, 'YYYY-MM-DD') AS valid_until
       FROM reward_schemes WHERE issuing_unit_id = $1 AND valid_from <= coalesce($3::date, 'infinity') AND coalesce(valid_until, 'infinity') >= $2::date
        AND ($4::uuid IS NULL OR id <> $4::uuid)
      LIMIT 1`,
    [unit.id, period.validFrom, period.validUntil ?? null, exceptSchemeId],
  );
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
async function assertNoRewardPendingOnYourWord(tx: EntityManager, unit: OrgUnitRef, caller: Caller): Promise<void> {
  await lockUnionForMoneySetting(tx, unit.id);
  const [pending]: { id: string }[] = await tx.query(
    `SELECT r.id FROM hazard_reports r
      WHERE r.verified_by = $1 AND r.status = 'confirmed' AND (r.enterprise_path = $2 OR r.enterprise_path LIKE $3)
        AND NOT EXISTS (SELECT 1 FROM rewards w WHERE w.report_id = r.id)
      LIMIT 1`,
    [caller.principal.userId, unit.path, descendantsLikePattern(unit.path)],
  );
  if (pending) {
    throw new RewardBeingWorkedOut(pending.id);
  }
}
