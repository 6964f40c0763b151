import { ApiProperty } from '@nestjs/swagger';

class EnrolledUnitDto {
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty() unitId: string;
  @ApiProperty() enterpriseUnitId: string;
  @ApiProperty({ enum: ['enterprise_union', 'team'] }) unitKind: string;
  @ApiProperty() orgPath: string;
  @ApiProperty({ type: 'integer', description: '参赛人数' }) participants: number;
}

export class EnrolledUnitsDto {
  @ApiProperty({ type: String, nullable: true, description: "The competition's status as registration last told it" }) competitionStatus: string | null;
  @ApiProperty({ type: [EnrolledUnitDto], description: 'Enrolled under your unit' }) units: EnrolledUnitDto[];
}
