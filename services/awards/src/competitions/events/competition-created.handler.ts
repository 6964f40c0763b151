import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { CompetitionCreatedV1, competitionCreatedV1, EventEnvelope } from '@lc/contracts';
import { InboxContext, InboxEvent } from '@lc/platform';
import { KnownCompetitionOrmEntity } from '../known-competition.orm-entity';

/** Records a competition that registration created, so awards can attach honours to it later. */
@Controller()
export class CompetitionCreatedHandler {
  @InboxEvent(competitionCreatedV1, { consumer: 'competitions' })
  async handle(@Payload() event: EventEnvelope<CompetitionCreatedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    await tx.insert(KnownCompetitionOrmEntity, {
      competitionId: event.payload.competitionId,
      name: event.payload.name,
      organiserOrgUnitId: event.payload.organiserOrgUnitId,
      startDate: event.payload.startDate,
      endDate: event.payload.endDate,
      sourceEventId: event.eventId,
    });
  }
}
