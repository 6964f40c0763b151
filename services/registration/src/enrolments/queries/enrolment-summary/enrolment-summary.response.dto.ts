import { ApiProperty } from '@nestjs/swagger';
import { SUMMARY_COLUMNS } from './enrolment-summary';

class SummaryRowDto {
  @ApiProperty({ type: 'integer', description: '序号' }) no: number;
  @ApiProperty() enrolmentId: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ enum: ['enterprise_union', 'team'] }) unitKind: string;
  @ApiProperty() enterpriseUnitId: string;
  @ApiProperty({ description: '单位（班组）名称' }) name: string;
  @ApiProperty({ description: "所属行业; '' when not recorded" }) industry: string;
  @ApiProperty({ type: 'integer', description: '参赛人数' }) participants: number;
  @ApiProperty({ description: '负责人' }) leader: string;
  @ApiProperty({ description: '联系电话' }) phone: string;
}

class SummaryTotalsDto {
  @ApiProperty({ type: 'integer', description: '企业参赛数' }) enterprises: number;
  @ApiProperty({ type: 'integer' }) teams: number;
  @ApiProperty({ type: 'integer' }) participants: number;
}

class SummaryGroupDto {
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() unitKind: string;
  @ApiProperty({ type: [SummaryRowDto] }) rows: SummaryRowDto[];
  @ApiProperty({ type: SummaryTotalsDto }) totals: SummaryTotalsDto;
}

class SummaryRefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

class SummaryUnitDto extends SummaryRefDto {
  @ApiProperty() kind: string;
}

/** 参赛企业汇总表 (seed 004 attachment 2) as JSON. */
export class EnrolmentSummaryDto {
  @ApiProperty() title: string;
  @ApiProperty({ type: SummaryRefDto }) competition: SummaryRefDto;
  @ApiProperty({ type: SummaryUnitDto }) unit: SummaryUnitDto;
  @ApiProperty({ format: 'date', description: 'The day it was made, in China' }) date: string;
  @ApiProperty({ type: [String], example: SUMMARY_COLUMNS }) columns: string[];
  @ApiProperty({ type: [SummaryGroupDto] }) groups: SummaryGroupDto[];
  @ApiProperty({ type: SummaryTotalsDto }) totals: SummaryTotalsDto;
}
