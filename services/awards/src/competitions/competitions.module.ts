import { Module } from '@nestjs/common';
import { CompetitionCreatedHandler } from './events/competition-created.handler';
import { GetKnownCompetitionHttpController } from './queries/get-known-competition/get-known-competition.http.controller';

/** Competitions as awards knows them: the participation read model, fed also by competition.created. */
@Module({
  controllers: [GetKnownCompetitionHttpController, CompetitionCreatedHandler],
})
export class CompetitionsModule {}
