import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HonourQuotaRepository } from '../catalogue/honour-quota.repository';
import { QuotaKey } from '../catalogue/honour.row';
import { NominationRepository } from '../nominations/nomination.repository';
import { PublicityStarter } from './publicity-starter';

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
  constructor(
    private readonly nominations: NominationRepository,
    private readonly quotas: HonourQuotaRepository,
    private readonly publicity: PublicityStarter,
  ) {}

  /** Gives every free place of the quota to the first waiting, one by one; answers the promoted nominations' ids. */
  async fillFreePlaces(tx: EntityManager, quota: QuotaKey, freedBy: Record<string, unknown>, correlationId: string): Promise<string[]> {
    const promoted: string[] = [];
    for (;;) {
      const first = await this.nominations.firstWaiting(tx, quota);
      if (!first) return promoted;
      if (!(await this.quotas.takePlace(tx, quota))) return promoted;
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
