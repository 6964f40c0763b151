import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsNotBlank } from '@lc/platform';

/**
 * The most one hazard's reward may be, and the highest approval threshold: rewards are paid from a
 * union's yearly budget, and the largest published measures (e.g. 临沂's) stay well below this.
 * Without a bound, a mistyped or inflated amount (or a threshold set so high that nothing is ever
 * approved above the verifier) passes unnoticed.
 */
export const MAX_REWARD_YUAN = 100_000;

const yuan = (what: string) => IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: `${what}: must be an amount in yuan with at most two decimals` });

export class GradeAmountsDto {
  @ApiProperty({ description: 'Yuan for a general (一般) hazard', minimum: 0.01, maximum: MAX_REWARD_YUAN })
  @yuan('general')
  @Min(0.01, { message: 'general: must be more than 0' })
  @Max(MAX_REWARD_YUAN, { message: `general: must be at most ${MAX_REWARD_YUAN} yuan` })
  general: number;

  @ApiProperty({ description: 'Yuan for a major (重大) hazard', minimum: 0.01, maximum: MAX_REWARD_YUAN })
  @yuan('major')
  @Min(0.01, { message: 'major: must be more than 0' })
  @Max(MAX_REWARD_YUAN, { message: `major: must be at most ${MAX_REWARD_YUAN} yuan` })
  major: number;
}

export class SchemeAmountsDto {
  @ApiProperty({ type: GradeAmountsDto, description: '事故隐患' })
  @IsDefined({ message: 'accident is required' })
  @ValidateNested()
  @Type(() => GradeAmountsDto)
  accident: GradeAmountsDto;

  @ApiProperty({ type: GradeAmountsDto, description: '职业危害' })
  @IsDefined({ message: 'occupational is required' })
  @ValidateNested()
  @Type(() => GradeAmountsDto)
  occupational: GradeAmountsDto;
}

/** A reward measure (奖励办法) of an issuing union for a period: category × grade → amount. */
export class CreateRewardSchemeRequestDto {
  @ApiProperty({ description: 'The union that issues the rewards and whose yearly budget pays them' })
  @IsString()
  @IsNotBlank()
  issuingUnitId: string;

  @ApiProperty({ example: '职工排查安全生产事故隐患奖励办法(试行)' })
  @IsString()
  @IsNotBlank({ message: 'name: name the measure' })
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '2026-01-01' })
  @IsCalendarDate()
  validFrom: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Open-ended when absent' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;

  @ApiProperty({ description: 'Rewards above this many yuan are approved up the chain before they are issued', minimum: 0, maximum: MAX_REWARD_YUAN })
  @yuan('approvalThresholdYuan')
  @Min(0, { message: 'approvalThresholdYuan: must not be negative' })
  @Max(MAX_REWARD_YUAN, { message: `approvalThresholdYuan: must be at most ${MAX_REWARD_YUAN} yuan` })
  approvalThresholdYuan: number;

  @ApiProperty({ type: SchemeAmountsDto })
  @IsDefined({ message: 'amounts is required' })
  @ValidateNested()
  @Type(() => SchemeAmountsDto)
  amounts: SchemeAmountsDto;
}
