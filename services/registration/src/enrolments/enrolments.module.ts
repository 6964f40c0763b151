import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnrolUnitHttpController } from './commands/enrol-unit/enrol-unit.http.controller';
import { EnrolUnitService } from './commands/enrol-unit/enrol-unit.service';
import { WithdrawEnrolmentHttpController } from './commands/withdraw-enrolment/withdraw-enrolment.http.controller';
import { WithdrawEnrolmentService } from './commands/withdraw-enrolment/withdraw-enrolment.service';
import { EnrolmentOrmEntity } from './enrolment.orm-entity';
import { EnrolmentRepository } from './enrolment.repository';
import { EnrolmentQueries } from './enrolments.queries';
import { Enroller } from './enroller';
import { EnrolmentSummaryHttpController } from './queries/enrolment-summary/enrolment-summary.http.controller';
import { EnrolmentSummaryQuery } from './queries/enrolment-summary/enrolment-summary.query';
import { ListEnrolmentsHttpController } from './queries/list-enrolments/list-enrolments.http.controller';

/**
 * Enrolment (报名) of enterprises and teams in competitions, and the summary of seed 004 attachment 2
 * (参赛企业汇总表) made from it. The entity must also be in registrationEntities (the DataSource's list).
 */
@Module({
  imports: [TypeOrmModule.forFeature([EnrolmentOrmEntity])],
  controllers: [EnrolUnitHttpController, WithdrawEnrolmentHttpController, ListEnrolmentsHttpController, EnrolmentSummaryHttpController],
  providers: [EnrolUnitService, WithdrawEnrolmentService, EnrolmentSummaryQuery, EnrolmentRepository, EnrolmentQueries, Enroller],
  exports: [EnrolmentRepository, Enroller],
})
export class EnrolmentsModule {}
