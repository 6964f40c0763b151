import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsNumber, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsNotBlank } from '@lc/platform';

const yuan = (what: string) => IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: `${what}: must be an amount in yuan with at most two decimals` });

export class GradeAmountsDto {
  @ApiProperty({ description: 'Yuan for a general (一般) hazard' })
  @yuan('general')
  @Min(0.01, { message: 'general: must be more than 0' })
  general: number;

  @ApiProperty({ description: 'Yuan for a major (重大) hazard' })
  @yuan('major')
  @Min(0.01, { message: 'major: must be more than 0' })
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

  @ApiProperty({ description: 'Rewards above this many yuan are approved up the chain before they are issued' })
  @yuan('approvalThresholdYuan')
  @Min(0, { message: 'approvalThresholdYuan: must not be negative' })
  approvalThresholdYuan: number;

  @ApiProperty({ type: SchemeAmountsDto })
  @IsDefined({ message: 'amounts is required' })
  @ValidateNested()
  @Type(() => SchemeAmountsDto)
  amounts: SchemeAmountsDto;
}
