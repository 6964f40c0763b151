import { Module } from '@nestjs/common';
import { ListEnrolledUnitsHttpController } from './list-enrolled-units.http.controller';

@Module({ controllers: [ListEnrolledUnitsHttpController] })
export class EnrolledUnitsModule {}
