import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MOBILE, MONTH, monthMessage } from './form-fields';
import { IsNotBlank } from '@lc/platform';

/**
 * A person as the paper forms describe them (the team leader of attachment 1, the supervisor of
 * attachment 4): 姓名, 性别, 出生年月, 文化程度, 政治面貌, 工种, 何年何月任职, QQ 号/微信号, 手机号.
 */
export interface PersonParticulars {
  name: string;
  gender: 'male' | 'female';
  /** YYYY-MM */
  birthMonth: string;
  education: string;
  politicalStatus: string;
  trade: string;
  /** YYYY-MM */
  appointedMonth: string;
  qqOrWechat?: string;
  mobile: string;
}

/** The same particulars as a request body, each field checked with a message that names it. */
export class PersonParticularsDto implements PersonParticulars {
  @ApiProperty({ description: '姓名' }) @IsString() @IsNotBlank({ message: 'name is required' }) @MaxLength(50) name: string;

  @ApiProperty({ enum: ['male', 'female'], description: '性别' })
  @IsIn(['male', 'female'], { message: "gender must be 'male' or 'female'" })
  gender: 'male' | 'female';

  @ApiProperty({ example: '1985-09', description: '出生年月' }) @Matches(MONTH, { message: monthMessage('birthMonth') }) birthMonth: string;
  @ApiProperty({ example: '大专', description: '文化程度' }) @IsString() @IsNotBlank({ message: 'education is required' }) @MaxLength(20) education: string;
  @ApiProperty({ example: '中共党员', description: '政治面貌' }) @IsString() @IsNotBlank({ message: 'politicalStatus is required' }) @MaxLength(20) politicalStatus: string;
  @ApiProperty({ example: '数控车工', description: '工种' }) @IsString() @IsNotBlank({ message: 'trade is required' }) @MaxLength(50) trade: string;
  @ApiProperty({ example: '2016-01', description: '何年何月任职' }) @Matches(MONTH, { message: monthMessage('appointedMonth') }) appointedMonth: string;
  @ApiPropertyOptional({ description: 'QQ 号/微信号' }) @IsOptional() @IsString() @MaxLength(50) qqOrWechat?: string;

  @ApiProperty({ example: '13912345678', description: '手机号' })
  @Matches(MOBILE, { message: 'mobile must be an 11-digit mainland mobile number' })
  mobile: string;
}
