import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ORG_UNIT_ID_PATTERN } from '../../../org-units/commands/create-org-unit/create-org-unit.request.dto';
import { IsNotBlank } from '@lc/platform';

/** 手机号 or 微信号 as the paper form asks: digits, letters and the usual separators. */
export const CONTACT_PHONE_PATTERN = /^[0-9A-Za-z+_()\- ]{5,30}$/;

/** One row of the 参赛企业汇总表: who enters, with how many workers, and whom to call. */
export class EnrolUnitRequestDto {
  @ApiProperty({ description: 'The enterprise union (for the enterprise) or the team (班组) that enters', example: 'ent-91370100ma3c4g5e5b' })
  @Matches(ORG_UNIT_ID_PATTERN, { message: "unitId must be 1 to 64 letters, digits, '-' or '_'" })
  unitId: string;

  @ApiProperty({ description: '参赛人数: at most the enterprise’s headcount (职工人数)', minimum: 1, example: 36 })
  @IsInt({ message: 'participants must be a whole number' })
  @Min(1, { message: 'participants must be at least 1' })
  @Max(1_000_000)
  participants: number;

  @ApiPropertyOptional({ description: '负责人 / 组长', example: '王强', maxLength: 50 })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'leaderName, when given, must not be empty' })
  @MaxLength(50)
  leaderName?: string;

  @ApiProperty({ description: '联系人', example: '李明', maxLength: 50 })
  @IsString()
  @IsNotBlank({ message: 'contactName is required: whom the union calls about the enrolment' })
  @MaxLength(50)
  contactName: string;

  @ApiProperty({ description: '手机号 / 微信号', example: '13857286264' })
  @IsString()
  @Matches(CONTACT_PHONE_PATTERN, { message: "contactPhone must be a phone number or WeChat id: 5 to 30 digits, letters, spaces, '+', '-', '_' or brackets" })
  contactPhone: string;
}
