import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { Caller, CurrentCaller, endOfChinaDay, IsCalendarDate, startOfChinaDay } from '@lc/platform';
import { UnitInScope } from '../unit-in-scope';
import { StatisticsQueries } from './statistics.queries';
import { PeriodReversed } from '../rewards/reward.errors';
import { HazardStatisticsDto } from './hazard-statistics.response.dto';

class HazardStatisticsQueryDto {
  @ApiPropertyOptional({ description: 'A unit in your subtree (default: your own unit)' })
  @IsOptional()
  @IsString()
  unitId?: string;

  @ApiProperty({ example: '2026-01-01', description: 'First day of the period (reports made from this day)' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ example: '2026-12-31', description: 'Last day of the period' })
  @IsCalendarDate()
  to: string;
}

/** 安康杯 statistics of a unit and each unit directly under it, for reports made in the period. */
@ApiTags('hazard statistics')
@Controller('hazard-statistics')
export class HazardStatisticsHttpController {
  constructor(
    private readonly units: UnitInScope,
    private readonly statistics: StatisticsQueries,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'getHazardStatistics',
    summary: '安康杯隐患统计',
    description: "安康杯 statistics of a unit in the caller's subtree and of each unit directly under it, for the reports made in the period.",
  })
  @ApiOkResponse({
    type: HazardStatisticsDto,
    description:
      'Reports, confirmed, duplicates, rejected, pending, closed, rectification rate (closed ÷ confirmed), overdue, rewards paid, and the unit\'s budgets of the period\'s years',
  })
  async get(@Query() query: HazardStatisticsQueryDto, @CurrentCaller() caller: Caller) {
    if (query.to < query.from) throw new PeriodReversed('to', 'from');
    const unit = await this.units.resolve(caller, query.unitId);
    return this.statistics.of(unit, startOfChinaDay(query.from), endOfChinaDay(query.to), { from: query.from, to: query.to });
  }
}
