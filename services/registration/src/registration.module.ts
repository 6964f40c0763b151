import { DynamicModule, Module } from '@nestjs/common';
import { ApprovalDelegationRevocation1765500000071, ApprovalsModule, ApprovalTables1732300000070, PlatformModule } from '@lc/platform';
import { TaskQueues } from '@lc/workflows';
import { ApprovalCentreModule } from './approval-centre/approval-centre.module';
import { AuthModule } from './auth/auth.module';
import { RegistrationConfig } from './config/registration-config';
import { CompetitionOrmEntity } from './competitions/competition.orm-entity';
import { CompetitionsModule } from './competitions/competitions.module';
import { CoverageModule } from './coverage/coverage.module';
import { DelegationsModule } from './delegations/delegations.module';
import { EnrolmentOrmEntity } from './enrolments/enrolment.orm-entity';
import { EnrolmentsModule } from './enrolments/enrolments.module';
import { Competitions1732300000100 } from './migrations/1732300000100-competitions.migration';
import { OrgUnits1732300000110 } from './migrations/1732300000110-org-units.migration';
import { CompetitionPlansAndEnrolments1732300000120 } from './migrations/1732300000120-competition-plans-and-enrolments.migration';
import { PioneerTeamApplications1732300000130 } from './migrations/1732300000130-pioneer-team-applications.migration';
import { Registers1732300000140 } from './migrations/1732300000140-registers.migration';
import { Sessions1732300000150 } from './migrations/1732300000150-sessions.migration';
import { SessionExpiry1765200000160 } from './migrations/1765200000160-session-expiry.migration';
import { ApprovalCentre1765500000170 } from './migrations/1765500000170-approval-centre.migration';
import { DropCompetitionAcknowledgement1766000000180 } from './migrations/1766000000180-drop-competition-acknowledgement.migration';
import { OrgUnitOrmEntity } from './org-units/org-unit.orm-entity';
import { OrgUnitsModule } from './org-units/org-units.module';
import { PioneerTeamsModule } from './pioneer-teams/pioneer-teams.module';
import { RegistersModule } from './registers/registers.module';
import { UserOrmEntity } from './users/user.orm-entity';
import { ApproverDirectoryModule } from './users/users.approver-directory';
import { UsersModule } from './users/users.module';

export const REGISTRATION_API = {
  title: 'Registration service',
  description:
    'Org tree and users, login (POST /auth/login gives the short-lived access token every service takes, and a refresh token for POST /auth/refresh; POST /auth/logout ends the session), competitions (竞赛活动), plan filing, enrolment, registers and coverage; the approval centre (审批中心) of every service\'s approval items, delegations that hold in every service, and notifications (通知).',
};

export const registrationEntities = [CompetitionOrmEntity, EnrolmentOrmEntity, OrgUnitOrmEntity, UserOrmEntity];
export const registrationMigrations = [
  ApprovalTables1732300000070,
  ApprovalDelegationRevocation1765500000071,
  Competitions1732300000100,
  OrgUnits1732300000110,
  CompetitionPlansAndEnrolments1732300000120,
  PioneerTeamApplications1732300000130,
  Registers1732300000140,
  Sessions1732300000150,
  SessionExpiry1765200000160,
  ApprovalCentre1765500000170,
  DropCompetitionAcknowledgement1766000000180,
];

@Module({})
export class RegistrationModule {
  static forRoot(config: RegistrationConfig): DynamicModule {
    return {
      module: RegistrationModule,
      imports: [
        PlatformModule.forRoot({
          service: 'registration',
          schema: 'registration',
          config,
          entities: registrationEntities,
          migrations: registrationMigrations,
          orgTree: 'owner',
        }),
        OrgUnitsModule,
        UsersModule,
        ApproverDirectoryModule,
        ApprovalsModule.forService({ service: 'registration', taskQueue: TaskQueues.registration }),
        AuthModule,
        CompetitionsModule,
        EnrolmentsModule,
        CoverageModule,
        PioneerTeamsModule,
        RegistersModule,
        ApprovalCentreModule,
        DelegationsModule,
      ],
    };
  }
}
