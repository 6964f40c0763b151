import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { competitionCreatedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { CompetitionOrmEntity } from '../../competition.orm-entity';
import { CreateCompetitionRequestDto } from './create-competition.request.dto';

@Injectable()
export class CreateCompetitionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
  ) {}

  /** Saves the draft competition and its competition.created event in one transaction. */
  async execute(request: CreateCompetitionRequestDto, correlationId: string): Promise<CompetitionOrmEntity> {
    return this.dataSource.transaction(async (tx) => {
      const competition = await tx.save(
        tx.create(CompetitionOrmEntity, {
          id: randomUUID(),
          name: request.name,
          organiserOrgUnitId: request.organiserOrgUnitId,
          startDate: request.startDate,
          endDate: request.endDate,
          status: 'draft',
        }),
      );
      await this.outbox.publish(tx, competitionCreatedV1, {
        aggregateId: competition.id,
        orgUnitId: competition.organiserOrgUnitId,
        correlationId,
        payload: {
          competitionId: competition.id,
          name: competition.name,
          organiserOrgUnitId: competition.organiserOrgUnitId,
          startDate: competition.startDate,
          endDate: competition.endDate,
        },
      });
      return competition;
    });
  }
}
