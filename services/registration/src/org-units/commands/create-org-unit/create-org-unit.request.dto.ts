import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { OrgUnitKind, orgUnitKinds } from '@lc/org';
import { EnterpriseDetailsRequestDto } from './enterprise-details.request.dto';
import { IsNotBlank } from '@lc/platform';

export const ORG_UNIT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const idMessage = (field: string) => `${field} must be 1 to 64 letters, digits, '-' or '_'`;

export class CreateOrgUnitRequestDto {
  @ApiPropertyOptional({ description: "Chosen id; made up when not given ('ent-' and the credit code for an enterprise)", example: 'town-xinghua' })
  @IsOptional()
  @Matches(ORG_UNIT_ID_PATTERN, { message: idMessage('id') })
  id?: string;

  @ApiProperty({ example: '兴华街道总工会', maxLength: 100 })
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: orgUnitKinds })
  @IsIn(orgUnitKinds, { message: `kind must be one of ${orgUnitKinds.join(', ')}` })
  kind: OrgUnitKind;

  @ApiProperty({ description: 'The unit it sits under; roots are made at installation, not through the API', example: 'county-east' })
  @Matches(ORG_UNIT_ID_PATTERN, { message: idMessage('parentId') })
  parentId: string;

  @ApiPropertyOptional({ description: "行政区划代码, 6 digits; the parent's when not given", example: '370102' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be 6 digits (行政区划代码)' })
  regionCode?: string;

  @ApiPropertyOptional({ type: EnterpriseDetailsRequestDto, description: 'Required for an enterprise union, refused for any other kind' })
  @ValidateIf((dto: CreateOrgUnitRequestDto) => dto.kind === 'enterprise_union' || dto.enterprise !== undefined)
  @ValidateNested()
  @Type(() => EnterpriseDetailsRequestDto)
  @IsNotBlank({ message: 'enterprise is required for an enterprise union (creditCode, ownership, aboveScale, headcount)' })
  enterprise?: EnterpriseDetailsRequestDto;
}
