import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NominationRow } from '../nominations/nomination-row';
import { PublicityStarter } from './publicity-starter';

/** The quota a nomination takes its place from: an honour at a conferring union in a year. */
export type QuotaKey = Pick<NominationRow, 'honour_code' | 'conferring_unit_id' | 'year'>;

/**
 * The waiting list (候补) of a quota: nominations approved when every place was taken, in the order
 * they were approved. A place freed (an upheld objection withdraws a nomination, a quota is raised)
 * goes at once to the first waiting, in the transaction that frees it: it takes the place with the
 * same conditional UPDATE of the quota row as an approval does, so the quota row's lock serialises
 * every taker and a place is never given twice, and the waiting nomination is locked and must still
 * be waiting, so none is promoted twice. A nominee who meanwhile holds the honour for the year by
 * another nomination is passed over (one live nomination per nominee and year).
 */
@Injectable()
export class WaitingList {
  constructor(private readonly publicity: PublicityStarter) {}

  /** Gives every free place of the quota to the first waiting, one by one; answers the promoted nominations' ids. */
  async fillFreePlaces(tx: EntityManager, quota: QuotaKey, freedBy: Record<string, unknown>, correlationId: string): Promise<string[]> {
    const promoted: string[] = [];
    for (;;) {
      const [first]: NominationRow[] = await tx.query(
        `SELECT n.* FROM nominations n
          WHERE n.honour_code = $1 AND n.conferring_unit_id = $2 AND n.year = $3 AND n.status = 'over_quota'
            AND NOT EXISTS (SELECT 1 FROM nominations live WHERE live.honour_code = n.honour_code AND live.year = n.year
                             AND live.nominee_id = n.nominee_id AND live.status IN ('submitted', 'publicity', 'conferred'))
          ORDER BY n.waiting_since, n.id LIMIT 1 FOR UPDATE`,
        [quota.honour_code, quota.conferring_unit_id, quota.year],
      );
      if (!first) return promoted;
      if (!(await takePlace(tx, quota))) return promoted;
      await this.publicity.enter(tx, first, {
        actor: { userId: 'system:awards', orgUnitId: first.conferring_unit_id },
        action: 'nomination.promoted',
        correlationId: `${correlationId}:promote:${first.id}`,
        after: { waitingSince: first.waiting_since?.toISOString() ?? null, ...freedBy },
      });
      promoted.push(first.id);
    }
  }
}

/**
 * Takes a place of the quota if one is free: one conditional UPDATE of the quota row (taken < quota,
 * a check constraint behind it), so of two racing for the last place exactly one gets it.
 */
export async function takePlace(tx: EntityManager, quota: QuotaKey): Promise<boolean> {
  // An UPDATE … RETURNING answers [rows, count].
  const [place]: [unknown[], number] = await tx.query(
    `UPDATE honour_quotas SET taken = taken + 1 WHERE honour_code = $1 AND conferring_unit_id = $2 AND year = $3 AND taken < quota RETURNING taken`,
    [quota.honour_code, quota.conferring_unit_id, quota.year],
  );
  return place.length > 0;
}
