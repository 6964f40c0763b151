import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CreateCompetitionHttpController } from './commands/create-competition/create-competition.http.controller';
import { CreateCompetitionService } from './commands/create-competition/create-competition.service';
import { ChangeLifecycleHttpController } from './commands/change-lifecycle/change-lifecycle.http.controller';
import { ChangeLifecycleService } from './commands/change-lifecycle/change-lifecycle.service';
import { UpdatePlanHttpController } from './commands/update-plan/update-plan.http.controller';
import { UpdatePlanService } from './commands/update-plan/update-plan.service';
import { CompetitionChanges } from './competition-changes';
import { PlanFilingApprovalOutcome } from './commands/submit-plan-filing/plan-filing.approval-outcome';
import { SubmitPlanFilingHttpController } from './commands/submit-plan-filing/submit-plan-filing.http.controller';
import { SubmitPlanFilingService } from './commands/submit-plan-filing/submit-plan-filing.service';
import { CompetitionOrmEntity } from './competition.orm-entity';
import { GetLeagueHttpController } from './queries/get-league/get-league.http.controller';
import { GetCompetitionHttpController } from './queries/get-competition/get-competition.http.controller';
import { GetCompetitionQuery } from './queries/get-competition/get-competition.query';
import { ListCompetitionsHttpController } from './queries/list-competitions/list-competitions.http.controller';
import { CompetitionQueries } from './competitions.queries';

@Module({
  imports: [TypeOrmModule.forFeature([CompetitionOrmEntity])],
  controllers: [
    CreateCompetitionHttpController,
    UpdatePlanHttpController,
    SubmitPlanFilingHttpController,
    ChangeLifecycleHttpController,
    GetLeagueHttpController,
    GetCompetitionHttpController,
    ListCompetitionsHttpController,
  ],
  providers: [
    CreateCompetitionService,
    SubmitPlanFilingService,
    UpdatePlanService,
    ChangeLifecycleService,
    CompetitionChanges,
    PlanFilingApprovalOutcome,
    GetCompetitionQuery,
    CompetitionQueries,
  ],
})
export class CompetitionsModule {}
