import { Module } from '@nestjs/common';
import { UnitInScope } from '../unit-in-scope';
import { HazardStatistics } from './hazard-statistics';
import { HazardStatisticsHttpController } from './hazard-statistics.http.controller';
import { TopReportersHttpController } from './top-reporters.http.controller';

@Module({ controllers: [TopReportersHttpController, HazardStatisticsHttpController], providers: [HazardStatistics, UnitInScope] })
export class StatisticsModule {}
