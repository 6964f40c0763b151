import { DynamicModule, Module } from '@nestjs/common';
import { ApprovalDelegationRevocation1765500000071, ApprovalsModule, ApprovalTables1732300000070, PlatformModule } from '@lc/platform';
import { TaskQueues } from '@lc/workflows';
import { ArchiveModule } from './archive/archive.module';
import { CaseFileModule } from './case-file/case-file.module';
import type { HazardRewardConfig } from './config/hazard-reward-config';
import { HazardReporting1732300000200 } from './migrations/1732300000200-hazard-reporting.migration';
import { WorkflowBookkeeping1764800000300 } from './migrations/1764800000300-workflow-bookkeeping.migration';
import { ReporterProtection1765100000400 } from './migrations/1765100000400-reporter-protection.migration';
import { KeyAttemptsExpiry1765200000410 } from './migrations/1765200000410-key-attempts-expiry.migration';
import { ReportSubmissions1765600000420 } from './migrations/1765600000420-report-submissions.migration';
import { ProgressPhotos1765700000430 } from './migrations/1765700000430-progress-photos.migration';
import { DashboardIndexes1765800000450 } from './migrations/1765800000450-dashboard-indexes.migration';
import { ReportsModule } from './reports/reports.module';
import { RewardsModule } from './rewards/rewards.module';
import { StatisticsModule } from './statistics/statistics.module';
import { hazardRewardOrgPathColumns } from './org-path-columns';

export const HAZARD_REWARD_API = {
  title: 'Hazard reward service',
  description:
    'Hazard reports (安全隐患随手拍) with photos, verification (核实), reward schemes, budgets and the reward ledger, ' +
    'the hazard archive (隐患档案) with its rectification timer and close-out (销号), and 安康杯 statistics.',
};

export const hazardRewardMigrations = [
  ApprovalTables1732300000070,
  ApprovalDelegationRevocation1765500000071,
  HazardReporting1732300000200,
  WorkflowBookkeeping1764800000300,
  ReporterProtection1765100000400,
  KeyAttemptsExpiry1765200000410,
  ReportSubmissions1765600000420,
  ProgressPhotos1765700000430,
  DashboardIndexes1765800000450,
];

@Module({})
export class HazardRewardModule {
  static forRoot(config: HazardRewardConfig): DynamicModule {
    return {
      module: HazardRewardModule,
      imports: [
        PlatformModule.forRoot({
          service: 'hazard-reward',
          schema: 'hazard_reward',
          config,
          entities: [],
          migrations: hazardRewardMigrations,
          orgTree: 'read-model',
          readsUsers: true,
          // A report's id next to a person (a denied request's actor, a request's log line) could say who reported it.
          pseudonymousPaths: [/^\/hazard-reports(\/|$)/, /^\/hazards\//, /^\/anonymous-reports(\/|$)/, /^\/reward-claims(\/|$)/],
          orgPathColumns: hazardRewardOrgPathColumns,
        }),
        ApprovalsModule.forService({ service: 'hazard-reward', taskQueue: TaskQueues.hazardReward }),
        ReportsModule,
        RewardsModule,
        ArchiveModule,
        StatisticsModule,
        CaseFileModule,
      ],
    };
  }
}
