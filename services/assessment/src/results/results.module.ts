import { Module } from '@nestjs/common';
import { inboxConsumerProvider } from '@lc/platform';
import { CompetitionCreatedHandler } from './competition-created.handler';
import { AssessmentResultRepository } from './assessment-result.repository';
import { CompetitionResults } from './competition-results';
import { ResultsQueries } from './results.queries';
import { ResultsHttpController } from './results.http.controller';
import { ResultsPublisher } from './results-publisher';

/** Rankings, the year-end list titled with each competition (consumer group assessment.competitions), and publication. */
@Module({
  controllers: [ResultsHttpController],
  providers: [ResultsQueries, AssessmentResultRepository, CompetitionResults, ResultsPublisher, CompetitionCreatedHandler, inboxConsumerProvider('assessment.competitions', [CompetitionCreatedHandler])],
})
export class ResultsModule {}
