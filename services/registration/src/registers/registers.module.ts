import { Module } from '@nestjs/common';
import { RegisterSupervisorHttpController } from './energy-supervisors/commands/register-supervisor/register-supervisor.http.controller';
import { RegisterSupervisorService } from './energy-supervisors/commands/register-supervisor/register-supervisor.service';
import { SupervisorsHttpController } from './energy-supervisors/queries/supervisors.http.controller';
import { EnergySupervisorApprovalOutcome } from './energy-supervisors/energy-supervisor.approval-outcome';
import { SupervisorRepository } from './energy-supervisors/supervisor.repository';
import { SupervisorQueries } from './energy-supervisors/supervisors.queries';
import { TechnicalServiceRepository } from './technical-services/technical-service.repository';
import { TechnicalServiceQueries } from './technical-services/technical-services.queries';
import { TechnicalServiceStepsHttpController } from './technical-services/commands/record-steps/technical-service-steps.http.controller';
import { TechnicalServiceStepsService } from './technical-services/commands/record-steps/technical-service-steps.service';
import { RequestTechnicalServiceHttpController } from './technical-services/commands/request-service/request-service.http.controller';
import { RequestTechnicalServiceService } from './technical-services/commands/request-service/request-service.service';
import { TechnicalServicesHttpController } from './technical-services/queries/technical-services.http.controller';
import { TechnicalServiceRequestApprovalOutcome } from './technical-services/technical-service-request.approval-outcome';

/**
 * The registers of seed 004: energy-saving volunteer supervisors (attachment 4) with their four-box
 * approval chain, and enterprises' technical-service requests (attachment 5): the township's opinion
 * box, then delivery and rating.
 */
@Module({
  controllers: [
    RegisterSupervisorHttpController,
    SupervisorsHttpController,
    RequestTechnicalServiceHttpController,
    TechnicalServiceStepsHttpController,
    TechnicalServicesHttpController,
  ],
  providers: [RegisterSupervisorService, EnergySupervisorApprovalOutcome, SupervisorRepository, SupervisorQueries, TechnicalServiceRepository, TechnicalServiceQueries, RequestTechnicalServiceService, TechnicalServiceStepsService, TechnicalServiceRequestApprovalOutcome],
})
export class RegistersModule {}
