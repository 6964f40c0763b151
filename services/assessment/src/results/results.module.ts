import { Module } from '@nestjs/common';
import { CompetitionCreatedHandler } from './competition-created.handler';
import { AssessmentResultRepository } from './assessment-result.repository';
import { CompetitionResults } from './competition-results';
import { ResultsQueries } from './results.queries';
import { ResultsHttpController } from './results.http.controller';
import { ResultsPublisher } from './results-publisher';

/** Rankings, the year-end list titled with each competition (consumer group assessment.competitions), and publication. */
@Module({
  controllers: [ResultsHttpController, CompetitionCreatedHandler],
  providers: [ResultsQueries, AssessmentResultRepository, CompetitionResults, ResultsPublisher],
})
export class ResultsModule {}
