import { ApiProperty } from '@nestjs/swagger';
import { OrgUnitKind, orgUnitKinds } from '@lc/org';

/** A unit as this service knows it from registration's org-unit events. */
export class KnownOrgUnitDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: orgUnitKinds }) kind: OrgUnitKind;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, description: 'null for the root union' }) parentId: string | null;
  @ApiProperty({ example: '/city/county-a' }) path: string;
  @ApiProperty() active: boolean;
}
