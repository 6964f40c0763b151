import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, Validate, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { IsCalendarDate, isCalendarDate } from '../http/calendar-date.validator';

@ValidatorConstraint({ name: 'periodNotReversed' })
class PeriodNotReversed implements ValidatorConstraintInterface {
  validate(to: unknown, args: ValidationArguments): boolean {
    const { from } = args.object as DashboardQueryDto;
    // Only two real dates are compared (YYYY-MM-DD compares as text); a malformed one has its own message.
    return !isCalendarDate(from) || !isCalendarDate(to) || to >= from;
  }

  defaultMessage(args: ValidationArguments): string {
    const { from } = args.object as DashboardQueryDto;
    return `to (${String(args.value)}) must not be before from (${from}): the period runs from 'from' to 'to', both included`;
  }
}

/** A dashboard's question: a unit of the caller's subtree (drilled into), and a period of calendar days in China. */
export class DashboardQueryDto {
  @ApiPropertyOptional({ description: 'A unit in your subtree to drill into (default: your own unit); it and each unit directly under it are counted', example: 'county-east' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  unitId?: string;

  @ApiProperty({ description: 'First day of the period, YYYY-MM-DD, included', example: '2026-01-01' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ description: 'Last day of the period, YYYY-MM-DD, included; not before from', example: '2026-12-31' })
  @IsCalendarDate()
  @Validate(PeriodNotReversed)
  to: string;
}

export class DashboardUnitDto {
  @ApiProperty({ example: 'county-east' }) id: string;
  @ApiProperty({ example: '东城区总工会' }) name: string;
}

export class DashboardPeriodDto {
  @ApiProperty({ format: 'date', example: '2026-01-01' }) from: string;
  @ApiProperty({ format: 'date', example: '2026-12-31' }) to: string;
}

/** A unit directly under the one asked about: what a bar of a dashboard's chart drills into. */
export class DashboardChildDto {
  @ApiProperty({ example: 'town-xinghua' }) unitId: string;
  @ApiProperty({ type: String, nullable: true, example: '兴华街道总工会', description: "The unit's name; null if the service's copy of the tree does not know it yet" })
  name: string | null;
}
