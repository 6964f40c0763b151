import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CompetitionCreatedV1, competitionCreatedV1, EventEnvelope } from '@lc/contracts';
import { EventHandler } from '@lc/messaging';
import { KnownCompetitionOrmEntity } from '../known-competition.orm-entity';

/** Records a competition that registration created, so awards can attach honours to it later. */
@Injectable()
export class CompetitionCreatedHandler implements EventHandler<CompetitionCreatedV1> {
  readonly contract = competitionCreatedV1;

  async handle(event: EventEnvelope<CompetitionCreatedV1>, tx: EntityManager): Promise<void> {
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
