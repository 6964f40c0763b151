import { Module } from '@nestjs/common';
import { UnitInScope } from '@lc/platform';
import { GetAssessmentDashboardHttpController } from './queries/get-assessment-dashboard/get-assessment-dashboard.http.controller';
import { GetAssessmentDashboardQuery } from './queries/get-assessment-dashboard/get-assessment-dashboard.query';

@Module({ controllers: [GetAssessmentDashboardHttpController], providers: [GetAssessmentDashboardQuery, UnitInScope] })
export class DashboardModule {}
