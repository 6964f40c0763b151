import { Module } from '@nestjs/common';

/** Enrolment (报名) of enterprises and teams in competitions. */
@Module({})
export class EnrolmentsModule {}
