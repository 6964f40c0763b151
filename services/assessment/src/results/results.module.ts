import { Module } from '@nestjs/common';
import { inboxConsumerProvider } from '@lc/platform';
import { CompetitionCreatedHandler } from './competition-created.handler';
import { CompetitionResults } from './competition-results';
import { ResultsHttpController } from './results.http.controller';
import { ResultsPublisher } from './results-publisher';

/** Rankings, the year-end list titled with each competition (consumer group assessment.competitions), and publication. */
@Module({
  controllers: [ResultsHttpController],
  providers: [CompetitionResults, ResultsPublisher, CompetitionCreatedHandler, inboxConsumerProvider('assessment.competitions', [CompetitionCreatedHandler])],
})
export class ResultsModule {}
