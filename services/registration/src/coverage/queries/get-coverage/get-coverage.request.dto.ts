import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, Validate, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { IsCalendarDate, isCalendarDate } from '@lc/platform';
import { DEFAULT_COVERAGE_TARGET } from '../../coverage-figures';

@ValidatorConstraint({ name: 'notBeforeFrom' })
class NotBeforeFrom implements ValidatorConstraintInterface {
  validate(to: unknown, args: ValidationArguments): boolean {
    const { from } = args.object as GetCoverageRequestDto;
    // Only two real dates are compared (YYYY-MM-DD compares as text); a malformed one has its own message.
    return !isCalendarDate(from) || !isCalendarDate(to) || to >= from;
  }

  defaultMessage(args: ValidationArguments): string {
    const { from } = args.object as GetCoverageRequestDto;
    return `to (${String(args.value)}) must not be before from (${from}): the period runs from 'from' to 'to', both included`;
  }
}

/** One message for every way a target can be wrong (missing number, NaN, out of range). */
@ValidatorConstraint({ name: 'targetShare' })
class IsTargetShare implements ValidatorConstraintInterface {
  validate(target: unknown): boolean {
    return typeof target === 'number' && Number.isFinite(target) && target >= 0 && target <= 1;
  }

  defaultMessage(): string {
    return 'target must be a number between 0 and 1, e.g. 0.8 for 80%';
  }
}

export class GetCoverageRequestDto {
  @ApiPropertyOptional({ description: 'The org unit whose subtree is measured; your own unit when not given', example: 'county-east' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  orgUnitId?: string;

  @ApiProperty({ description: 'First day of the period, YYYY-MM-DD, included', example: '2026-01-01' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ description: 'Last day of the period, YYYY-MM-DD, included; not before from', example: '2026-12-31' })
  @IsCalendarDate()
  @Validate(NotBeforeFrom)
  to: string;

  @ApiPropertyOptional({
    description: 'Target share, 0 to 1, every share and the participation rate are compared with (seed 003: 0.8 of above-scale enterprises)',
    default: DEFAULT_COVERAGE_TARGET,
    minimum: 0,
    maximum: 1,
    example: 0.8,
  })
  @IsOptional()
  @Type(() => Number)
  @Validate(IsTargetShare)
  target: number = DEFAULT_COVERAGE_TARGET;
}
