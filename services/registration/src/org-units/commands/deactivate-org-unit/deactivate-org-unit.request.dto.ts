import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from '@lc/platform';

export class DeactivateOrgUnitRequestDto {
  @ApiProperty({ description: 'Why, for the audit trail', example: '企业注销', maxLength: 500 })
  @IsString()
  @IsNotBlank({ message: 'reason is required: say why the unit is deactivated' })
  @MaxLength(500)
  reason: string;
}
