import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { Caller, CurrentCaller, PageQueryDto } from '@lc/platform';
import { UnitInScope } from '../../../unit-in-scope';
import { HazardRow, hazardView } from '../../hazard-row';

const statuses = ['open', 'close_out_pending', 'closed'] as const;
const booleanQuery = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

class ListHazardsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'A unit in your subtree (default: your own unit)' })
  @IsOptional()
  @IsString()
  unitId?: string;

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
  @ApiOkResponse({ description: '{ items, total }: nearest deadline first; hazards without a plan first of all' })
  async list(@Query() query: ListHazardsQueryDto, @CurrentCaller() caller: Caller) {
    const unit = await this.units.resolve(caller, query.unitId);
    const params: unknown[] = [unit.path, descendantsLikePattern(unit.path)];
    const where = ['(h.enterprise_path = $1 OR h.enterprise_path LIKE $2)'];
    if (query.status) {
      params.push(query.status);
      where.push(`h.status = $${params.length}`);
    }
    if (query.overdue !== undefined) where.push(`${query.overdue ? '' : 'NOT '}(h.status <> 'closed' AND h.deadline <= now())`);
    if (query.escalatedToMe) {
      params.push(caller.principal.orgUnitId);
      where.push(`h.status <> 'closed' AND h.escalated_to_unit_id = $${params.length}`);
    }
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM hazards h WHERE ${where.join(' AND ')}`, params);
    const rows: (HazardRow & { location: string; description: string })[] = await this.dataSource.query(
      `SELECT h.*, r.location, r.description FROM hazards h JOIN hazard_reports r ON r.id = h.report_id
        WHERE ${where.join(' AND ')} ORDER BY h.deadline NULLS FIRST, h.opened_at LIMIT ${query.limit} OFFSET ${query.offset}`,
      params,
    );
    return { total, items: rows.map(hazardView) };
  }
}
