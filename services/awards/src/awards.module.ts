import { DynamicModule, Module } from '@nestjs/common';
import { ApprovalDelegationRevocation1765500000071, ApprovalsModule, ApprovalTables1732300000070, PlatformModule } from '@lc/platform';
import { TaskQueues } from '@lc/workflows';
import { CompetitionsModule } from './competitions/competitions.module';
import type { AwardsConfig } from './config/awards-config';
import { HonoursModule } from './honours.module';
import { KnownCompetitions1732300000200 } from './migrations/1732300000200-known-competitions.migration';
import { Honours1732300000300 } from './migrations/1732300000300-honours.migration';
import { KnownSkillsContests1765000000400 } from './migrations/1765000000400-known-skills-contests.migration';
import { DashboardIndexes1765800000470 } from './migrations/1765800000470-dashboard-indexes.migration';
import { WaitingList1765900000480 } from './migrations/1765900000480-waiting-list.migration';
import { KnownCompetitionsIntoParticipation1766000000410 } from './migrations/1766000000410-known-competitions-into-participation.migration';
import { DashboardModule } from './dashboard/dashboard.module';

export const AWARDS_API = {
  title: 'Awards service',
  description: 'Honour catalogue, quotas, nominations, publicity (公示) and objections, conferral and the competition fund.',
};

@Module({})
export class AwardsModule {
  static forRoot(config: AwardsConfig): DynamicModule {
    return {
      module: AwardsModule,
      imports: [
        PlatformModule.forRoot({
          service: 'awards',
          schema: 'awards',
          config,
          // Awards keeps no entities of its own: its tables are read and written with SQL.
          entities: [],
          migrations: [ApprovalTables1732300000070, KnownCompetitions1732300000200, Honours1732300000300, KnownSkillsContests1765000000400, ApprovalDelegationRevocation1765500000071, DashboardIndexes1765800000470, WaitingList1765900000480, KnownCompetitionsIntoParticipation1766000000410],
          // Paths copied at write time: rebased when a subtree moves, so scope follows the tree.
          orgPathColumns: [
            { table: 'honour_quotas', column: 'conferring_path' },
            { table: 'competition_funds', column: 'unit_path' },
            { table: 'nominations', column: 'conferring_path' },
            { table: 'nominations', column: 'nominee_path' },
            { table: 'honour_history', column: 'nominee_path' },
          ],
          orgTree: 'read-model',
          readsParticipation: true,
          readsUsers: true,
        }),
        ApprovalsModule.forService({ service: 'awards', taskQueue: TaskQueues.awards }),
        CompetitionsModule,
        HonoursModule,
        DashboardModule,
      ],
    };
  }
}
