import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { Caller, CurrentCaller, endOfChinaDay, IsCalendarDate, RequireRoles, startOfChinaDay, yuanOf } from '@lc/platform';
import { verificationChainRoles } from '../reports/reporter-visibility';
import { UnitInScope } from '../unit-in-scope';
import { PeriodReversed } from '../rewards/reward.errors';
import { TopReporterDto } from './hazard-statistics.response.dto';
import { StatisticsQueries } from './statistics.queries';

class TopReportersQueryDto {
  @ApiPropertyOptional({ description: 'A unit in your subtree (default: your own unit)' }) @IsOptional() @IsString() unitId?: string;
  @ApiProperty({ example: '2026-01-01' }) @IsCalendarDate() from: string;
  @ApiProperty({ example: '2026-12-31' }) @IsCalendarDate() to: string;
  @ApiPropertyOptional({ type: 'integer', default: 20, minimum: 1, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit = 20;
}

/**
 * The hazard-reporting record behind a 安康杯 advanced individual nomination: the named reporters of
 * the unit's subtree by confirmed hazards in the period. Only for the union verification chain, who
 * see named reporters anyway; anonymous reports count for nobody here, as they name nobody.
 */
@ApiTags('hazard statistics')
@Controller('hazard-statistics')
export class TopReportersHttpController {
  constructor(
    private readonly statistics: StatisticsQueries,
    private readonly units: UnitInScope,
  ) {}

  @Get('top-reporters')
  @ApiOperation({
    operationId: 'listTopHazardReporters',
    summary: '隐患报告人排行',
    description: 'For the union verification chain only: the named reporters of the subtree by confirmed hazards, the record behind a 安康杯 advanced individual nomination. Anonymous reports count for nobody.',
  })
  @RequireRoles(...verificationChainRoles)
  @ApiOkResponse({ type: [TopReporterDto], description: 'Named reporters, most confirmed hazards first' })
  async top(@Query() query: TopReportersQueryDto, @CurrentCaller() caller: Caller) {
    if (query.to < query.from) throw new PeriodReversed('to', 'from');
    const unit = await this.units.resolve(caller, query.unitId);
    const rows = await this.statistics.topReporters(unit, startOfChinaDay(query.from), endOfChinaDay(query.to), query.limit);
    return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, confirmed: r.confirmed, major: r.major, rewardsPaidYuan: yuanOf(r.paid_fen) }));
  }
}
