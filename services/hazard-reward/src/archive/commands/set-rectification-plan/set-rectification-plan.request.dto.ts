import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsNotBlank } from '@lc/platform';
import { MAX_RECTIFICATION_WORKING_DAYS } from '../../queries/preview-rectification-deadline/preview-rectification-deadline.http.controller';

/** The archive record of seed 003 item 14: measures, deadline, unit, person, interim safety measures, and who updates it. */
export class SetRectificationPlanRequestDto {
  @ApiProperty({ description: '整改措施' })
  @IsString()
  @IsNotBlank({ message: 'measures: describe the rectification measures' })
  @MaxLength(2000)
  measures: string;

  @ApiPropertyOptional({ description: '整改时限 as an instant with its offset, e.g. 2026-12-31T18:00:00+08:00; or give deadlineWorkingDays' })
  @ValidateIf((plan: SetRectificationPlanRequestDto) => plan.deadlineWorkingDays === undefined || plan.deadline !== undefined)
  @IsISO8601({ strict: true }, { message: 'deadline: must be a date and time with an offset, e.g. 2026-12-31T18:00:00+08:00, or give deadlineWorkingDays' })
  deadline?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_RECTIFICATION_WORKING_DAYS,
    description: '整改时限 in working days (工作日) by the official calendar, from today: the deadline is the end of the last one, China time',
  })
  @IsOptional()
  @IsInt({ message: 'deadlineWorkingDays: must be a whole number of working days' })
  @Min(1, { message: 'deadlineWorkingDays: must be at least 1' })
  @Max(MAX_RECTIFICATION_WORKING_DAYS, { message: `deadlineWorkingDays: must be at most ${MAX_RECTIFICATION_WORKING_DAYS}` })
  deadlineWorkingDays?: number;

  @ApiProperty({ description: '整改单位' })
  @IsString()
  @IsNotBlank({ message: 'responsibleUnit: name the unit that rectifies' })
  @MaxLength(200)
  responsibleUnit: string;

  @ApiProperty({ description: '整改责任人' })
  @IsString()
  @IsNotBlank({ message: 'responsiblePerson: name the person responsible' })
  @MaxLength(100)
  responsiblePerson: string;

  @ApiPropertyOptional({ description: "The responsible person's mobile" })
  @IsOptional()
  @Matches(/^1\d{10}$/, { message: 'responsiblePhone: must be an 11-digit mobile number starting with 1' })
  responsiblePhone?: string;

  @ApiProperty({ description: '安全防护措施 while the hazard is being rectified' })
  @IsString()
  @IsNotBlank({ message: 'interimMeasures: say how people are protected until it is fixed' })
  @MaxLength(2000)
  interimMeasures: string;

  @ApiProperty({ description: 'The user who enters the periodic updates (专人定期填写): someone at the enterprise' })
  @IsString()
  @IsNotBlank()
  updaterUserId: string;
}
