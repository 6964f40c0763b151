import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { Caller, CurrentCaller, endOfChinaDay, IsCalendarDate, RequireRoles, startOfChinaDay, yuanOf } from '@lc/platform';
import { verificationChainRoles } from '../reports/reporter-visibility';
import { UnitInScope } from '../unit-in-scope';
import { PeriodReversed } from '../rewards/reward.errors';
import { TopReporterDto } from './hazard-statistics.response.dto';

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
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const rows: { user_id: string; display_name: string; confirmed: number; major: number; paid_fen: string }[] = await this.dataSource.query(
      `SELECT p.user_id, min(p.display_name) AS display_name, count(*)::int AS confirmed,
              count(*) FILTER (WHERE r.grade = 'major')::int AS major,
              coalesce(sum(w.amount_fen) FILTER (WHERE w.status = 'paid'), 0) AS paid_fen
         FROM hazard_reports r JOIN hazard_reporters p ON p.report_id = r.id LEFT JOIN rewards w ON w.report_id = r.id
        WHERE r.status = 'confirmed' AND NOT r.anonymous AND (r.enterprise_path = $1 OR r.enterprise_path LIKE $2)
          AND r.reported_at >= $3 AND r.reported_at < $4
        GROUP BY p.user_id ORDER BY confirmed DESC, major DESC, p.user_id LIMIT ${query.limit}`,
      [unit.path, descendantsLikePattern(unit.path), startOfChinaDay(query.from), endOfChinaDay(query.to)],
    );
    return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, confirmed: r.confirmed, major: r.major, rewardsPaidYuan: yuanOf(r.paid_fen) }));
  }
}
