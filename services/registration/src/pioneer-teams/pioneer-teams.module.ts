import { Module } from '@nestjs/common';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { SubmitPioneerTeamApplicationHttpController } from './commands/submit-application/submit-application.http.controller';
import { SubmitPioneerTeamApplicationService } from './commands/submit-application/submit-application.service';
import { PioneerTeamApplicationRepository } from './pioneer-team-application.repository';
import { PioneerTeamApprovalOutcome } from './pioneer-team.approval-outcome';
import { GetPioneerTeamApplicationHttpController } from './queries/get-application/get-application.http.controller';

/** 工人先锋号 creation applications (seed 004 attachment 1) and their four-box approval chain. */
@Module({
  imports: [EnrolmentsModule],
  controllers: [SubmitPioneerTeamApplicationHttpController, GetPioneerTeamApplicationHttpController],
  providers: [SubmitPioneerTeamApplicationService, PioneerTeamApprovalOutcome, PioneerTeamApplicationRepository],
})
export class PioneerTeamsModule {}
