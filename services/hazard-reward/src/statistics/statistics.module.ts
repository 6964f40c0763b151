import { Module } from '@nestjs/common';
import { UnitInScope } from '../unit-in-scope';
import { HazardStatistics } from './hazard-statistics';
import { HazardStatisticsHttpController } from './hazard-statistics.http.controller';

@Module({ controllers: [HazardStatisticsHttpController], providers: [HazardStatistics, UnitInScope] })
export class StatisticsModule {}
