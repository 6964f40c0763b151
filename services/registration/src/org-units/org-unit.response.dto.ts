import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { orgUnitKindLabels, orgUnitKinds } from '@lc/org';
import { OrgUnitOrmEntity, Ownership } from './org-unit.orm-entity';

export class EnterpriseDetailsDto {
  @ApiProperty({ example: '91370100MA3C4G5E5B', description: '统一社会信用代码' }) creditCode: string;
  @ApiProperty({ enum: ['public', 'non_public'], description: '公有制 / 非公有制' }) ownership: Ownership;
  @ApiProperty({ description: '规模以上企业' }) aboveScale: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, example: '制造业' }) industry: string | null;
  @ApiProperty({ description: '职工人数', example: 320 }) headcount: number;
}

export class OrgUnitResponseDto {
  @ApiProperty({ example: 'town-xinghua' }) id: string;
  @ApiProperty({ example: '兴华街道总工会' }) name: string;
  @ApiProperty({ enum: orgUnitKinds }) kind: string;
  @ApiProperty({ example: '乡镇(街道、园区)工会' }) kindLabel: string;
  @ApiProperty({ type: String, nullable: true }) parentId: string | null;
  @ApiProperty({ example: '/demo-city/county-east/town-xinghua', description: 'Ids from the root down to the unit' }) path: string;
  @ApiProperty({ type: String, nullable: true, example: '370102', description: '行政区划代码' }) regionCode: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: String, nullable: true }) deactivatedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) deactivationReason: string | null;
  @ApiProperty({ type: EnterpriseDetailsDto, nullable: true }) enterprise: EnterpriseDetailsDto | null;
  @ApiProperty({ description: 'Counts the changes of the unit' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export function toOrgUnitResponse(unit: OrgUnitOrmEntity): OrgUnitResponseDto {
  return {
    id: unit.id,
    name: unit.name,
    kind: unit.kind,
    kindLabel: orgUnitKindLabels[unit.kind].zh,
    parentId: unit.parentId,
    path: unit.path,
    regionCode: unit.regionCode,
    active: unit.active,
    deactivatedAt: unit.deactivatedAt?.toISOString() ?? null,
    deactivationReason: unit.deactivationReason,
    enterprise:
      unit.kind === 'enterprise_union' && unit.creditCode
        ? {
            creditCode: unit.creditCode,
            ownership: unit.ownership ?? 'non_public',
            aboveScale: unit.aboveScale ?? false,
            industry: unit.industry,
            headcount: unit.headcount ?? 0,
          }
        : null,
    version: unit.version,
    createdAt: unit.createdAt.toISOString(),
    updatedAt: unit.updatedAt.toISOString(),
  };
}

/** The unit as the audit trail keeps it before and after a change: the fields a cadre can change. */
export function auditStateOf(unit: OrgUnitOrmEntity) {
  const { createdAt: _created, updatedAt: _updated, ...state } = toOrgUnitResponse(unit);
  return state;
}
