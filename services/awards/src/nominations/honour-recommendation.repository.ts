import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface CompetitionRecommendation {
  honour_code: string;
  conferring_unit_id: string;
  nominee_kind: string;
  conferring_path: string | null;
  unit_name: string | null;
  unit_path: string | null;
}

export interface ContestRecommendation {
  honour_code: string;
  conferring_unit_id: string;
  top_ranks: number;
  conferring_path: string | null;
}

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

  /** The honour a competition's passing units are put forward for, with the conferring union's path and the unit's name and path where they are now. */
  async forCompetition(tx: EntityManager, competitionId: string, unitId: string): Promise<CompetitionRecommendation | undefined> {
    const [config]: CompetitionRecommendation[] = await tx.query(
      `SELECT c.honour_code, c.conferring_unit_id, h.nominee_kind, cu.path AS conferring_path, u.name AS unit_name, u.path AS unit_path
         FROM competition_honours c JOIN honours h ON h.code = c.honour_code
         LEFT JOIN org_tree_units cu ON cu.id = c.conferring_unit_id LEFT JOIN org_tree_units u ON u.id = $2
        WHERE c.competition_id = $1`,
      [competitionId, unitId],
    );
    return config;
  }

  /** The honour a skills contest's top ranks are put forward for, with the conferring union's path. */
  async forContest(tx: EntityManager, contestId: string): Promise<ContestRecommendation | undefined> {
    const [config]: ContestRecommendation[] = await tx.query(
      `SELECT c.honour_code, c.conferring_unit_id, c.top_ranks, u.path AS conferring_path
         FROM contest_honours c LEFT JOIN org_tree_units u ON u.id = c.conferring_unit_id WHERE c.skills_contest_id = $1`,
      [contestId],
    );
    return config;
  }
}
