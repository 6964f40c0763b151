import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsNotBlank } from '@lc/platform';

export class GrantDelegationRequestDto {
  @ApiProperty({ format: 'uuid', description: 'Who decides for you: an active user' })
  @IsUUID('all', { message: 'deputyUserId must be a user id (a UUID)' })
  deputyUserId: string;

  @ApiProperty({ example: '2026-12-01T00:00:00+08:00' })
  @IsDateString({ strict: true }, { message: 'validFrom must be an ISO 8601 time' })
  validFrom: string;

  @ApiProperty({ example: '2026-12-15T00:00:00+08:00', description: 'After validFrom' })
  @IsDateString({ strict: true }, { message: 'validUntil must be an ISO 8601 time' })
  validUntil: string;

  @ApiProperty({ example: '外出学习' })
  @IsString()
  @IsNotBlank({ message: 'reason is required: say why you delegate' })
  @MaxLength(500)
  reason: string;
}
