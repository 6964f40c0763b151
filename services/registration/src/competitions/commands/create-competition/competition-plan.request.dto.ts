import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CompetitionKind, competitionKindIds } from '../../competition-plan';
import { IsNotBlank } from '@lc/platform';

/** An optional free-text part of the plan, up to `max` characters. */
const OptionalText = (max: number) => applyDecorators(IsOptional(), IsString(), MaxLength(max));

export class ParticipantScopeDto {
  @ApiPropertyOptional({ description: "Entrants lie under this unit (inside the organiser's subtree); the organiser when not given" })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'subtreeOf must be an org unit id', context: { messageZh: '「$property」必须是组织单位编号' } })
  subtreeOf?: string;

  @ApiPropertyOptional({ type: [String], example: ['制造业', '建筑业'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  industries?: string[];

  @ApiPropertyOptional({ enum: ['public', 'non_public'] })
  @IsOptional()
  @IsIn(['public', 'non_public'], { message: "ownership must be 'public' or 'non_public'", context: { messageZh: '「$property」必须是 public（公有）或 non_public（非公有）' } })
  ownership?: 'public' | 'non_public';

  @ApiPropertyOptional({ description: 'Only above-scale enterprises (规模以上)' })
  @IsOptional()
  @IsBoolean()
  aboveScaleOnly?: boolean;

  @ApiPropertyOptional({ enum: ['enterprise_union', 'team'], isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(['enterprise_union', 'team'], { each: true, message: "unitKinds may list 'enterprise_union' and 'team'", context: { messageZh: '「$property」只能包含 enterprise_union（企业工会）和 team（班组）' } })
  unitKinds?: ('enterprise_union' | 'team')[];
}

/** The plan fields of seed 003 item 8 beyond name, organiser and dates; all may be completed while a draft. */
export class CompetitionPlanFieldsDto {
  @ApiPropertyOptional({ enum: competitionKindIds, default: 'labour_competition' })
  @IsOptional()
  @IsIn(competitionKindIds, { message: `kind must be one of ${competitionKindIds.join(', ')}`, context: { messageZh: `「kind」必须是以下之一：${competitionKindIds.join('、')}` } })
  kind?: CompetitionKind;

  @ApiPropertyOptional({ example: '当好主人翁、建功新时代', description: '竞赛主题' })
  @OptionalText(200)
  theme?: string;

  @ApiPropertyOptional({ description: '竞赛内容和目标' })
  @OptionalText(5000)
  contentAndGoals?: string;

  @ApiPropertyOptional({ description: '竞赛要求和标准' })
  @OptionalText(5000)
  requirements?: string;

  @ApiPropertyOptional({ description: '竞赛方式和载体' })
  @OptionalText(5000)
  formatAndVehicle?: string;

  @ApiPropertyOptional({ type: ParticipantScopeDto, description: '参赛范围和人员' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ParticipantScopeDto)
  participantScope?: ParticipantScopeDto;

  @ApiPropertyOptional({ description: '竞赛考评办法' })
  @OptionalText(5000)
  evaluationMethod?: string;

  @ApiPropertyOptional({ description: 'The assessment template it is scored with (assessment service)', example: 'attachment-3' })
  @OptionalText(100)
  assessmentTemplate?: string;

  @ApiPropertyOptional({ description: '奖励办法: honours and rewards offered' })
  @OptionalText(5000)
  awardMethod?: string;

  @ApiPropertyOptional({ description: 'Budget in yuan, up to 2 decimals', example: '500000.00' })
  @IsOptional()
  @Matches(/^\d{1,12}(\.\d{1,2})?$/, { message: 'budgetYuan must be an amount in yuan with at most 2 decimals, e.g. 500000.00', context: { messageZh: '「budgetYuan」必须是以元为单位、最多两位小数的金额，例如 500000.00' } })
  budgetYuan?: string;
}
