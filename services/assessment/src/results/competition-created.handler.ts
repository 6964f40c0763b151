import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { CompetitionCreatedV1, competitionCreatedV1, EventEnvelope } from '@lc/contracts';
import { InboxContext, InboxEvent } from '@lc/platform';

/** Keeps each competition's name and dates (consumer group assessment.competitions), to title its year-end list. */
@Controller()
export class CompetitionCreatedHandler {
  @InboxEvent(competitionCreatedV1, { consumer: 'competitions' })
  async handle(@Payload() { payload: e }: EventEnvelope<CompetitionCreatedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    await tx.query(
      `INSERT INTO assessment_competitions (competition_id, name, start_date, end_date) VALUES ($1, $2, $3, $4)
       ON CONFLICT (competition_id) DO UPDATE SET name = EXCLUDED.name, start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date`,
      [e.competitionId, e.name, e.startDate, e.endDate],
    );
  }
}
