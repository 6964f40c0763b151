import { Module } from '@nestjs/common';
import { inboxConsumerProvider } from '@lc/platform';
import { CompetitionCreatedHandler } from './events/competition-created.handler';
import { GetKnownCompetitionHttpController } from './queries/get-known-competition/get-known-competition.http.controller';

/** Competitions as awards knows them: the participation read model, fed also by competition.created. */
@Module({
  controllers: [GetKnownCompetitionHttpController],
  providers: [CompetitionCreatedHandler, inboxConsumerProvider('awards.competitions', [CompetitionCreatedHandler])],
})
export class CompetitionsModule {}
