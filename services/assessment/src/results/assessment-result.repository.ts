import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** A unit's published result: its revision and its rank in its level, out of how many. */
export interface PublishedResult {
  unitId: string;
  revision: number;
  rank: number;
  rankedAmong: number;
  score: number;
  passed: boolean;
}

/** Every statement on the published results (`assessment_results`): each (unit, revision, rank, out of) once. */
@Injectable()
export class AssessmentResultRepository {
  /** One publication at a time per competition, so two cannot both find a result new. */
  async lockCompetition(tx: EntityManager, competitionId: string): Promise<void> {
    await tx.query(`SELECT 1 FROM competition_assessments WHERE competition_id = $1 FOR UPDATE`, [competitionId]);
  }

  /** Records the result unless it was published as it is already; true when it is new. */
  async recordNew(tx: EntityManager, competitionId: string, result: PublishedResult, publishedAt: Date): Promise<boolean> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO assessment_results (competition_id, unit_id, revision, rank, ranked_among, score, passed, published_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING unit_id`,
      [competitionId, result.unitId, result.revision, result.rank, result.rankedAmong, result.score, result.passed, publishedAt],
    );
    return inserted.length > 0;
  }
}
