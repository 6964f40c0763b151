import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, PageOf } from '@lc/platform';
import { SubtreeFilter, UnitPageQueryDto } from '../../../subtree-query';
import { UnitInScope } from '../../../unit-in-scope';
import { HazardRow, hazardView } from '../../hazard-row';
import { HazardDto } from '../../hazard.response.dto';

const statuses = ['open', 'close_out_pending', 'closed'] as const;
const booleanQuery = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

class ListHazardsQueryDto extends UnitPageQueryDto {
  @ApiPropertyOptional({ enum: statuses })
  @IsOptional()
  @IsIn(statuses, { message: `status: must be one of ${statuses.join(', ')}` })
  status?: (typeof statuses)[number];

  @ApiPropertyOptional({ description: 'Only hazards past their deadline and not closed out' })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean({ message: 'overdue: must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Only overdue hazards escalated to your own unit (逾期督办)' })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean({ message: 'escalatedToMe: must be true or false' })
  escalatedToMe?: boolean;

  @ApiPropertyOptional({ description: 'Only open hazards whose progress you are designated to report (reminders show as remindedAt)' })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean({ message: 'designatedToMe: must be true or false' })
  designatedToMe?: boolean;
}

/** The hazard archive (隐患档案) of a unit and the units under it. */
@ApiTags('hazard archive')
@Controller('hazards')
export class ListHazardsHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: UnitInScope,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listHazards',
    summary: '隐患档案列表',
    description: 'The hazard archive (隐患档案) of a unit and the units under it, or the hazards escalated or designated to the caller.',
  })
  @ApiOkResponse({ type: PageOf(HazardDto), description: 'Nearest deadline first; hazards without a plan first of all' })
  async list(@Query() query: ListHazardsQueryDto, @CurrentCaller() caller: Caller) {
    // Designated people (often at a team under the enterprise) see what they are designated for.
    const unit = query.designatedToMe && !query.unitId ? null : await this.units.resolve(caller, query.unitId);
    const filter = new SubtreeFilter('h.enterprise_path', unit);
    if (query.status) filter.and('h.status = ?', query.status);
    if (query.overdue !== undefined) filter.and(`${query.overdue ? '' : 'NOT '}(h.status <> 'closed' AND h.deadline <= now())`);
    if (query.escalatedToMe) filter.and(`h.status <> 'closed' AND h.escalated_to_unit_id = ?`, caller.principal.orgUnitId);
    if (query.designatedToMe) filter.and(`h.status <> 'closed' AND h.updater_user_id = ?`, caller.principal.userId);
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM hazards h WHERE ${filter.sql}`, filter.params);
    const rows: (HazardRow & { location: string; description: string })[] = await this.dataSource.query(
      `SELECT h.*, r.location, r.description FROM hazards h JOIN hazard_reports r ON r.id = h.report_id
        WHERE ${filter.sql} ORDER BY h.deadline NULLS FIRST, h.opened_at LIMIT ${query.limit} OFFSET ${query.offset}`,
      filter.params,
    );
    return { total, items: rows.map(hazardView) };
  }
}
