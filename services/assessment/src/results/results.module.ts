import { Module } from '@nestjs/common';
import { CompetitionCreatedHandler } from './competition-created.handler';
import { CompetitionResults } from './competition-results';
import { ResultsHttpController } from './results.http.controller';
import { ResultsPublisher } from './results-publisher';

/** Rankings, the year-end list titled with each competition (consumer group assessment.competitions), and publication. */
@Module({
  controllers: [ResultsHttpController, CompetitionCreatedHandler],
  providers: [CompetitionResults, ResultsPublisher],
})
export class ResultsModule {}
