import { ApiProperty } from '@nestjs/swagger';
import { EnrolmentOrmEntity } from './enrolment.orm-entity';

export class EnrolmentResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) competitionId: string;
  @ApiProperty({ example: 'ent-91370100ma3c4g5e5b', description: 'The enterprise union or the team that enrolled' }) unitId: string;
  @ApiProperty({ example: '兴华机械有限公司工会' }) unitName: string;
  @ApiProperty({ enum: ['enterprise_union', 'team'] }) unitKind: string;
  @ApiProperty({ example: '/demo-city/county-east/town-xinghua/ent-91370100ma3c4g5e5b' }) unitPath: string;
  @ApiProperty({ description: 'The enterprise the unit is, or belongs to' }) enterpriseUnitId: string;
  @ApiProperty({ example: '兴华机械有限公司工会' }) enterpriseName: string;
  @ApiProperty({ type: String, nullable: true, example: '制造业', description: '所属行业 (the enterprise’s)' }) industry: string | null;
  @ApiProperty({ description: '参赛人数', example: 36 }) participants: number;
  @ApiProperty({ type: String, nullable: true, description: '负责人 / 组长' }) leaderName: string | null;
  @ApiProperty({ example: '李明' }) contactName: string;
  @ApiProperty({ example: '13857286264', description: '手机号 / 微信号' }) contactPhone: string;
  @ApiProperty({ enum: ['enrolled', 'withdrawn'] }) status: string;
  @ApiProperty({ description: 'The user who enrolled the unit' }) enrolledBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

/** What a response names beside the enrolment itself. */
export interface EnrolmentUnits {
  unit: { name: string; kind: string; path: string };
  enterprise: { name: string; industry: string | null };
}

export function toEnrolmentResponse(e: EnrolmentOrmEntity, units: EnrolmentUnits): EnrolmentResponseDto {
  return {
    id: e.id,
    competitionId: e.competitionId,
    unitId: e.unitId,
    unitName: units.unit.name,
    unitKind: units.unit.kind,
    unitPath: units.unit.path,
    enterpriseUnitId: e.enterpriseUnitId,
    enterpriseName: units.enterprise.name,
    industry: units.enterprise.industry,
    participants: e.participants,
    leaderName: e.leaderName,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    status: e.status,
    enrolledBy: e.enrolledBy,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

/** The enrolment as the audit trail keeps it before and after a change. */
export function auditStateOf(e: EnrolmentOrmEntity) {
  return {
    competitionId: e.competitionId,
    unitId: e.unitId,
    enterpriseUnitId: e.enterpriseUnitId,
    participants: e.participants,
    leaderName: e.leaderName,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    status: e.status,
  };
}
