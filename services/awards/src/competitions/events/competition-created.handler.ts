import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { CompetitionCreatedV1, competitionCreatedV1, EventEnvelope } from '@lc/contracts';
import { InboxContext, InboxEvent, Participation } from '@lc/platform';

/** Records a competition that registration created in the participation read model, so awards can attach honours to it. */
@Controller()
export class CompetitionCreatedHandler {
  constructor(private readonly participation: Participation) {}

  @InboxEvent(competitionCreatedV1, { consumer: 'competitions' })
  async handle(@Payload() { payload: c }: EventEnvelope<CompetitionCreatedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    await this.participation.recordCompetition(tx, {
      competitionId: c.competitionId,
      name: c.name,
      organiserUnitId: c.organiserOrgUnitId,
      startDate: c.startDate,
      endDate: c.endDate,
    });
  }
}
