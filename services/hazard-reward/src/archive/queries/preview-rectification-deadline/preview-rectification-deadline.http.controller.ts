import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { chinaDayOf, startOfChinaDay, workingDayDeadline } from '@lc/calendar';
import { IsCalendarDate } from '@lc/platform';

export const MAX_RECTIFICATION_WORKING_DAYS = 250;

export class PreviewRectificationDeadlineQueryDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_RECTIFICATION_WORKING_DAYS, description: '整改时限 in working days (工作日)' })
  @Type(() => Number)
  @IsInt({ message: 'workingDays: must be a whole number of working days' })
  @Min(1, { message: 'workingDays: must be at least 1' })
  @Max(MAX_RECTIFICATION_WORKING_DAYS, { message: `workingDays: must be at most ${MAX_RECTIFICATION_WORKING_DAYS}` })
  workingDays: number;

  @ApiPropertyOptional({ description: 'The day counted from (YYYY-MM-DD, China), not itself counted; today if absent' })
  @IsOptional()
  @IsCalendarDate({ message: 'from: must be a calendar day, YYYY-MM-DD' })
  from?: string;
}

export class RectificationDeadlineDto {
  @ApiProperty({ description: 'The day counted from (YYYY-MM-DD, China)' }) from: string;
  @ApiProperty({ type: 'integer' }) workingDays: number;
  @ApiProperty({ description: 'The last working day of the time limit (YYYY-MM-DD, China)' }) lastDay: string;
  @ApiProperty({ format: 'date-time', description: 'The deadline: the end of the last working day, China time' }) deadline: string;
  @ApiProperty({ description: 'False when the count reached a year the installed official calendar does not carry yet (counted Monday to Friday)' })
  official: boolean;
}

/**
 * The deadline a time limit of n working days (工作日) gives, by the official calendar with its
 * holidays and adjusted working weekends (调休): what the plan form shows before the plan is saved,
 * and what a plan given in working days is set to.
 */
@ApiTags('hazard archive')
@Controller('rectification-deadlines')
export class PreviewRectificationDeadlineHttpController {
  @Get()
  @ApiOperation({ operationId: 'previewRectificationDeadline', summary: '按工作日计算整改期限' })
  @ApiOkResponse({ type: RectificationDeadlineDto })
  preview(@Query() query: PreviewRectificationDeadlineQueryDto): RectificationDeadlineDto {
    return rectificationDeadline(query.workingDays, query.from ? startOfChinaDay(query.from) : new Date());
  }
}

export function rectificationDeadline(workingDays: number, from: Date): RectificationDeadlineDto {
  const period = workingDayDeadline(from, workingDays);
  return { from: chinaDayOf(from), workingDays, lastDay: period.lastDay, deadline: period.endsAt.toISOString(), official: period.official };
}
