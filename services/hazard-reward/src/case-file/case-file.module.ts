import { Module } from '@nestjs/common';
import { CaseFileAssembler } from '@lc/platform';
import { ReportsModule } from '../reports/reports.module';
import { RewardsModule } from '../rewards/rewards.module';
import { GetHazardCaseFileHttpController } from './queries/get-hazard-case-file/get-hazard-case-file.http.controller';
import { HazardCaseFileService } from './queries/get-hazard-case-file/hazard-case-file.service';
import { CaseFileQueries } from './case-file.queries';

/** The case file (全程档案) of a hazard report or reward, read from this service's audit trail. */
@Module({
  imports: [ReportsModule, RewardsModule],
  controllers: [GetHazardCaseFileHttpController],
  providers: [CaseFileAssembler, HazardCaseFileService, CaseFileQueries],
})
export class CaseFileModule {}
