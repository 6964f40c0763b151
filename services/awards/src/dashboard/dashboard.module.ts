import { Module } from '@nestjs/common';
import { UnitInScope } from '@lc/platform';
import { GetHonoursDashboardHttpController } from './queries/get-honours-dashboard/get-honours-dashboard.http.controller';
import { GetHonoursDashboardQuery } from './queries/get-honours-dashboard/get-honours-dashboard.query';

@Module({ controllers: [GetHonoursDashboardHttpController], providers: [GetHonoursDashboardQuery, UnitInScope] })
export class DashboardModule {}
