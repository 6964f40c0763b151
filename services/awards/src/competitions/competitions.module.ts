import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompetitionCreatedHandler } from './events/competition-created.handler';
import { KnownCompetitionOrmEntity } from './known-competition.orm-entity';
import { GetKnownCompetitionHttpController } from './queries/get-known-competition/get-known-competition.http.controller';

@Module({
  imports: [TypeOrmModule.forFeature([KnownCompetitionOrmEntity])],
  controllers: [GetKnownCompetitionHttpController, CompetitionCreatedHandler],
})
export class CompetitionsModule {}
