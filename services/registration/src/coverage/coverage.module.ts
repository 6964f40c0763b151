import { Module } from '@nestjs/common';
import { GetCoverageHttpController } from './queries/get-coverage/get-coverage.http.controller';
import { GetCoverageQuery } from './queries/get-coverage/get-coverage.query';

/** Coverage (参赛覆盖面) of competitions under an org unit: GET /coverage (definitions in coverage-figures.ts). */
@Module({
  controllers: [GetCoverageHttpController],
  providers: [GetCoverageQuery],
})
export class CoverageModule {}
