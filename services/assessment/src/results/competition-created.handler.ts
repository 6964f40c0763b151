import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CompetitionCreatedV1, competitionCreatedV1, EventEnvelope } from '@lc/contracts';
import { EventHandler } from '@lc/messaging';

/** Keeps each competition's name and dates (consumer group assessment.competitions), to title its year-end list. */
@Injectable()
export class CompetitionCreatedHandler implements EventHandler<CompetitionCreatedV1> {
  readonly contract = competitionCreatedV1;

  async handle({ payload: e }: EventEnvelope<CompetitionCreatedV1>, tx: EntityManager): Promise<void> {
    await tx.query(
      `INSERT INTO assessment_competitions (competition_id, name, start_date, end_date) VALUES ($1, $2, $3, $4)
       ON CONFLICT (competition_id) DO UPDATE SET name = EXCLUDED.name, start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date`,
      [e.competitionId, e.name, e.startDate, e.endDate],
    );
  }
}
