import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceConfig } from '@lc/platform';
import { EnrolledUnitsModule } from './enrolled-units/enrolled-units.module';
import { AssessmentSheets1732300000300 } from './migrations/1732300000300-assessment-sheets.migration';
import { SkillsContests1732300000310 } from './migrations/1732300000310-skills-contests.migration';
import { EnrolledUnits1764900000320 } from './migrations/1764900000320-enrolled-units.migration';
import { AssessmentCompetitions1765100000330 } from './migrations/1765100000330-assessment-competitions.migration';
import { DashboardIndexes1765800000460 } from './migrations/1765800000460-dashboard-indexes.migration';
import { DashboardModule } from './dashboard/dashboard.module';
import { ResultsModule } from './results/results.module';
import { SheetsModule } from './sheets/sheets.module';
import { SkillsContestsModule } from './skills-contests/skills-contests.module';
import { TemplatesModule } from './templates/templates.module';

export const ASSESSMENT_API = {
  title: 'Assessment service',
  description:
    'Scoring templates (考核评价表, versioned), assessment sheets with self and review scores, rankings and the year-end list (年末考核评比), skills contests (技能比武).',
};

@Module({})
export class AssessmentModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: AssessmentModule,
      imports: [
        PlatformModule.forRoot({
          service: 'assessment',
          schema: 'assessment',
          config,
          entities: [],
          migrations: [AssessmentSheets1732300000300, SkillsContests1732300000310, EnrolledUnits1764900000320, AssessmentCompetitions1765100000330, DashboardIndexes1765800000460],
          orgTree: 'read-model',
          readsParticipation: true,
          readsUsers: true,
          // Paths copied at write time: rebased when a subtree moves, so scope follows the tree.
          orgPathColumns: [
            { table: 'assessment_templates', column: 'owner_path' },
            { table: 'competition_assessments', column: 'organiser_path' },
            { table: 'assessment_sheets', column: 'unit_path' },
            { table: 'assessment_enrolled_units', column: 'unit_path' },
            { table: 'skills_contests', column: 'organiser_path' },
            { table: 'skills_contest_judges', column: 'org_path' },
            { table: 'skills_contest_contestants', column: 'org_path' },
          ],
        }),
        EnrolledUnitsModule,
        TemplatesModule,
        SheetsModule,
        ResultsModule,
        SkillsContestsModule,
        DashboardModule,
      ],
    };
  }
}
