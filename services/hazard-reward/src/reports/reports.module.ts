import { Module } from '@nestjs/common';
import { PhotosModule } from '../photos/photos.module';
import { ReportHazardHttpController } from './commands/report-hazard/report-hazard.http.controller';
import { ReportHazardService } from './commands/report-hazard/report-hazard.service';
import { ReportSubmissions } from './commands/report-hazard/report-submissions';
import { VerifyReportHttpController } from './commands/verify-report/verify-report.http.controller';
import { VerifyReportService } from './commands/verify-report/verify-report.service';
import { GetReportHttpController } from './queries/get-report/get-report.http.controller';
import { ListReportsHttpController } from './queries/list-reports/list-reports.http.controller';
import { MyReportsHttpController } from './queries/my-reports/my-reports.http.controller';
import { ReportAccess } from './report-access';
import { ReporterTags } from './reporter-tag';
import { UnitInScope } from '../unit-in-scope';
import { AnonymousReportKeys } from './anonymous/anonymous-report-keys';
import { ClaimAnonymousRewardHttpController } from './anonymous/commands/claim-anonymous-reward/claim-anonymous-reward.http.controller';
import { ClaimAnonymousRewardService } from './anonymous/commands/claim-anonymous-reward/claim-anonymous-reward.service';
import { FollowAnonymousReportHttpController } from './anonymous/queries/follow-anonymous-report/follow-anonymous-report.http.controller';
import { VerificationDuties } from './commands/verify-report/verification-duties';
import { PhotoUploadInterceptor } from './commands/report-hazard/photo-upload.interceptor';
import { ReportQuota } from './report-quota';
import { HazardReportRepository } from './hazard-report.repository';
import { ReportQueries } from './reports.queries';
import { HazardRepository } from '../archive/hazard.repository';
import { RewardSchemeRepository } from '../rewards/schemes/reward-scheme.repository';
import { RewardBudgetRepository } from '../rewards/budgets/reward-budget.repository';
import { RewardRepository } from '../rewards/reward.repository';

/** Hazard reports (安全隐患随手拍) and their verification (核实). */
@Module({
  imports: [PhotosModule],
  // 'mine' before ':id', so that /hazard-reports/mine is not read as a report id.
  controllers: [
    ReportHazardHttpController,
    VerifyReportHttpController,
    ListReportsHttpController,
    MyReportsHttpController,
    GetReportHttpController,
    FollowAnonymousReportHttpController,
    ClaimAnonymousRewardHttpController,
  ],
  providers: [
    ReportHazardService,
    ReportSubmissions,
    VerifyReportService,
    VerificationDuties,
    ReportAccess,
    ReporterTags,
    ReportQuota,
    AnonymousReportKeys,
    ClaimAnonymousRewardService,
    PhotoUploadInterceptor,
    UnitInScope,
    HazardReportRepository,
    ReportQueries,
    HazardRepository,
    RewardSchemeRepository,
    RewardBudgetRepository,
    RewardRepository,
  ],
  exports: [ReportAccess, ReporterTags, HazardReportRepository],
})
export class ReportsModule {}
