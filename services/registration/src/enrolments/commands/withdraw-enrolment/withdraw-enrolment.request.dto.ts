import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from '@lc/platform';

export class WithdrawEnrolmentRequestDto {
  @ApiProperty({ description: 'Why the unit no longer takes part, for the audit trail', example: '班组撤并', maxLength: 500 })
  @IsString()
  @IsNotBlank({ message: 'reason is required: say why the unit withdraws' })
  @MaxLength(500)
  reason: string;
}
