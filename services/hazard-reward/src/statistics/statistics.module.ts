import { Module } from '@nestjs/common';
import { UnitInScope } from '../unit-in-scope';
import { HazardStatistics } from './hazard-statistics';
import { HazardStatisticsHttpController } from './hazard-statistics.http.controller';
import { GetHazardDashboardHttpController } from './queries/get-hazard-dashboard/get-hazard-dashboard.http.controller';
import { GetHazardDashboardQuery } from './queries/get-hazard-dashboard/get-hazard-dashboard.query';
import { TopReportersHttpController } from './top-reporters.http.controller';

@Module({
  controllers: [TopReportersHttpController, HazardStatisticsHttpController, GetHazardDashboardHttpController],
  providers: [HazardStatistics, UnitInScope, GetHazardDashboardQuery],
})
export class StatisticsModule {}
