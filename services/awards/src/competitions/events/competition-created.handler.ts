import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CompetitionCreatedV1, competitionCreatedV1, EventEnvelope } from '@lc/contracts';
import { EventHandler } from '@lc/messaging';
import { Participation } from '@lc/platform';

/** Records a competition that registration created in the participation read model, so awards can attach honours to it. */
@Injectable()
export class CompetitionCreatedHandler implements EventHandler<CompetitionCreatedV1> {
  readonly contract = competitionCreatedV1;

  constructor(private readonly participation: Participation) {}

  async handle({ payload: c }: EventEnvelope<CompetitionCreatedV1>, tx: EntityManager): Promise<void> {
    await this.participation.recordCompetition(tx, {
      competitionId: c.competitionId,
      name: c.name,
      organiserUnitId: c.organiserOrgUnitId,
      startDate: c.startDate,
      endDate: c.endDate,
    });
  }
}
