import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MONTH, monthMessage, POSTCODE } from '../forms/form-fields';
import { PersonParticularsDto } from '../forms/person-particulars';
import { FirstBoxOpinionRequestDto, IsNotBlank } from '@lc/platform';

class TeamCompositionDto {
  @ApiProperty({ description: '共 … 人' }) @IsInt() @Min(1) @Max(10_000) total: number;
  @ApiProperty() @IsInt() @Min(0) men: number;
  @ApiProperty() @IsInt() @Min(0) women: number;
  @ApiProperty({ description: '党员' }) @IsInt() @Min(0) partyMembers: number;
  @ApiProperty({ description: '团员' }) @IsInt() @Min(0) leagueMembers: number;
  @ApiProperty({ description: '平均年龄' }) @IsNumber({ maxDecimalPlaces: 1 }) @Min(16) @Max(70) averageAge: number;
  @ApiProperty({ description: '平均技术等级 (1–8)' }) @IsNumber({ maxDecimalPlaces: 1 }) @Min(1) @Max(8) averageTechnicalGrade: number;
  @ApiProperty({ description: '大专（及以上）' }) @IsInt() @Min(0) collegeOrAbove: number;
  @ApiProperty({ description: '高中' }) @IsInt() @Min(0) highSchool: number;
  @ApiProperty({ description: '初中' }) @IsInt() @Min(0) juniorHigh: number;
}

/** Attachment 1 of seed 004, as the team's unit fills it in. */
export class PioneerTeamApplicationRequestDto extends FirstBoxOpinionRequestDto {
  @ApiProperty({ description: 'The 工人先锋号 creation competition (kind team_creation) the team applies in' })
  @IsUUID('all', { message: 'competitionId must be a competition id (UUID)' })
  competitionId: string;

  @ApiProperty({ description: 'The team (班组) that applies', example: 'team-hengtong-1' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'teamUnitId must be an org unit id' })
  teamUnitId: string;

  @ApiProperty({ example: '2005-06', description: '单位何时组建' }) @Matches(MONTH, { message: monthMessage('unitFoundedMonth') }) unitFoundedMonth: string;
  @ApiProperty({ description: '班组人数' }) @IsInt() @Min(1) @Max(10_000) headcount: number;
  @ApiProperty({ description: '岗长姓名' }) @IsString() @IsNotBlank() @MaxLength(50) postLeaderName: string;
  @ApiProperty({ example: '2012-03', description: '班组何时组建' }) @Matches(MONTH, { message: monthMessage('teamFoundedMonth') }) teamFoundedMonth: string;

  @ApiProperty({ type: TeamCompositionDto, description: '班组人员构成情况' })
  @IsDefined({ message: 'composition is required' })
  @ValidateNested()
  @Type(() => TeamCompositionDto)
  composition: TeamCompositionDto;

  @ApiProperty({ type: PersonParticularsDto, description: '班组负责人情况' })
  @IsDefined({ message: 'leader is required' })
  @ValidateNested()
  @Type(() => PersonParticularsDto)
  leader: PersonParticularsDto;

  @ApiProperty({ description: '单位地址' }) @IsString() @IsNotBlank() @MaxLength(200) unitAddress: string;
  @ApiProperty({ example: '313100', description: '邮编' }) @Matches(POSTCODE, { message: 'postcode must be 6 digits' }) postcode: string;
  @ApiPropertyOptional({ description: '何时何地受过何种奖励、称号' }) @IsOptional() @IsString() @MaxLength(2000) pastAwards?: string;
}
