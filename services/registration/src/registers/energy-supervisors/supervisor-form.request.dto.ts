import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ORG_UNIT_ID_PATTERN } from '../../org-units/commands/create-org-unit/create-org-unit.request.dto';
import { MOBILE, MONTH, monthMessage, POSTCODE } from '../register-fields';

/** Attachment 4 of seed 004, and the unit (a team or an enterprise) the supervisor belongs to. */
export class RegisterSupervisorRequestDto {
  @ApiProperty({ description: "The supervisor's unit: a team (班组) or an enterprise (企业工会)", example: 'team-hengtong-1' })
  @Matches(ORG_UNIT_ID_PATTERN, { message: 'unitId must be an org unit id' })
  unitId: string;

  @ApiProperty({ description: '姓名' }) @IsString() @IsNotEmpty({ message: 'name is required' }) @MaxLength(50) name: string;

  @ApiProperty({ enum: ['male', 'female'], description: '性别' })
  @IsIn(['male', 'female'], { message: "gender must be 'male' or 'female'" })
  gender: 'male' | 'female';

  @ApiProperty({ example: '1985-09', description: '出生年月' }) @Matches(MONTH, { message: monthMessage('birthMonth') }) birthMonth: string;
  @ApiProperty({ example: '大专', description: '文化程度' }) @IsString() @IsNotEmpty({ message: 'education is required' }) @MaxLength(20) education: string;
  @ApiProperty({ example: '群众', description: '政治面貌' }) @IsString() @IsNotEmpty({ message: 'politicalStatus is required' }) @MaxLength(20) politicalStatus: string;
  @ApiProperty({ example: '电工', description: '工种' }) @IsString() @IsNotEmpty({ message: 'trade is required' }) @MaxLength(50) trade: string;
  @ApiProperty({ example: '2018-03', description: '何年何月任职' }) @Matches(MONTH, { message: monthMessage('appointedMonth') }) appointedMonth: string;
  @ApiPropertyOptional({ description: 'QQ 号/微信号' }) @IsOptional() @IsString() @MaxLength(50) qqOrWechat?: string;

  @ApiProperty({ example: '13912345678', description: '手机号' })
  @Matches(MOBILE, { message: 'mobile must be an 11-digit mainland mobile number' })
  mobile: string;

  @ApiProperty({ description: '单位地址' }) @IsString() @IsNotEmpty({ message: 'unitAddress is required' }) @MaxLength(200) unitAddress: string;
  @ApiProperty({ example: '313100', description: '邮编' }) @Matches(POSTCODE, { message: 'postcode must be 6 digits' }) postcode: string;
  @ApiPropertyOptional({ description: '何时何地受过何种奖励、称号' }) @IsOptional() @IsString() @MaxLength(2000) pastAwards?: string;
}
