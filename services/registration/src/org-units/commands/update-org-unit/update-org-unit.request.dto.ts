import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { EnterpriseDetailsRequestDto } from '../create-org-unit/enterprise-details.request.dto';
import { IsNotBlank } from '@lc/platform';

class EnterpriseDetailsChangeDto extends PartialType(EnterpriseDetailsRequestDto) {}

/** Corrections of a unit's details; its place in the tree changes only by a move. */
export class UpdateOrgUnitRequestDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ description: '行政区划代码, 6 digits' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be 6 digits (行政区划代码)' })
  regionCode?: string;

  @ApiPropertyOptional({ type: EnterpriseDetailsChangeDto, description: 'Enterprise unions only; only the fields given change' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EnterpriseDetailsChangeDto)
  enterprise?: EnterpriseDetailsChangeDto;

  @ApiPropertyOptional({ description: 'Why, for the audit trail', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
