import { Module } from '@nestjs/common';
import { UnitInScope } from '../unit-in-scope';
import { StatisticsQueries } from './statistics.queries';
import { HazardStatisticsHttpController } from './hazard-statistics.http.controller';
import { GetHazardDashboardHttpController } from './queries/get-hazard-dashboard/get-hazard-dashboard.http.controller';
import { GetHazardDashboardQuery } from './queries/get-hazard-dashboard/get-hazard-dashboard.query';
import { TopReportersHttpController } from './top-reporters.http.controller';

@Module({
  controllers: [TopReportersHttpController, HazardStatisticsHttpController, GetHazardDashboardHttpController],
  providers: [StatisticsQueries, UnitInScope, GetHazardDashboardQuery],
})
export class StatisticsModule {}
