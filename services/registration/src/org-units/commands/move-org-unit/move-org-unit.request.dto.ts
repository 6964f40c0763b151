import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { ORG_UNIT_ID_PATTERN } from '../create-org-unit/create-org-unit.request.dto';
import { IsNotBlank } from '@lc/platform';

export class MoveOrgUnitRequestDto {
  @ApiProperty({ description: 'The unit to move it under', example: 'town-dongguan' })
  @Matches(ORG_UNIT_ID_PATTERN, { message: "newParentId must be 1 to 64 letters, digits, '-' or '_'" })
  newParentId: string;

  @ApiProperty({ description: 'Why, for the audit trail', example: '区划调整：划归东关街道', maxLength: 500 })
  @IsString()
  @IsNotBlank({ message: 'reason is required: say why the unit moves' })
  @MaxLength(500)
  reason: string;
}
