import { Module } from '@nestjs/common';
import { CompetitionResults } from './competition-results';
import { ResultsHttpController } from './results.http.controller';
import { ResultsPublisher } from './results-publisher';

@Module({ controllers: [ResultsHttpController], providers: [CompetitionResults, ResultsPublisher] })
export class ResultsModule {}
