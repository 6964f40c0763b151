import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsNotBlank } from '@lc/platform';

export class GrantDelegationRequestDto {
  @ApiProperty({ format: 'uuid', description: 'Who decides for you: an active user' })
  @IsUUID('all', { message: 'deputyUserId must be a user id (a UUID)', context: { messageZh: '「deputyUserId」必须是用户编号（UUID）' } })
  deputyUserId: string;

  @ApiProperty({ example: '2026-12-01T00:00:00+08:00' })
  @IsDateString({ strict: true }, { message: 'validFrom must be an ISO 8601 time', context: { messageZh: '「validFrom」必须是 ISO 8601 时间，例如 2026-05-01T08:00:00+08:00' } })
  validFrom: string;

  @ApiProperty({ example: '2026-12-15T00:00:00+08:00', description: 'After validFrom' })
  @IsDateString({ strict: true }, { message: 'validUntil must be an ISO 8601 time', context: { messageZh: '「validUntil」必须是 ISO 8601 时间，例如 2026-05-31T18:00:00+08:00' } })
  validUntil: string;

  @ApiProperty({ example: '外出学习' })
  @IsString()
  @IsNotBlank({ message: 'reason is required: say why you delegate', context: { messageZh: '「reason」必须填写：说明委托的原因' } })
  @MaxLength(500)
  reason: string;
}
