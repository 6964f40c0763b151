import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Every statement on the priority recommendations (优先推荐): which honour a competition's passing
 * units (`competition_honours`) or a skills contest's top ranks (`contest_honours`) are put forward for.
 */
@Injectable()
export class HonourRecommendationRepository {
  async setForCompetition(tx: EntityManager, competitionId: string, honour: { code: string; conferringUnitId: string }, configuredBy: string): Promise<void> {
    await tx.query(
      `INSERT INTO competition_honours (competition_id, honour_code, conferring_unit_id, configured_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (competition_id) DO UPDATE SET honour_code = EXCLUDED.honour_code, conferring_unit_id = EXCLUDED.conferring_unit_id,
                                                   configured_by = EXCLUDED.configured_by, configured_at = now()`,
      [competitionId, honour.code, honour.conferringUnitId, configuredBy],
    );
  }

  async setForContest(
    tx: EntityManager,
    contestId: string,
    honour: { code: string; conferringUnitId: string; topRanks: number },
    configuredBy: string,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO contest_honours (skills_contest_id, honour_code, conferring_unit_id, top_ranks, configured_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (skills_contest_id) DO UPDATE SET honour_code = EXCLUDED.honour_code, conferring_unit_id = EXCLUDED.conferring_unit_id,
                                                      top_ranks = EXCLUDED.top_ranks, configured_by = EXCLUDED.configured_by, configured_at = now()`,
      [contestId, honour.code, honour.conferringUnitId, honour.topRanks, configuredBy],
    );
  }
}
