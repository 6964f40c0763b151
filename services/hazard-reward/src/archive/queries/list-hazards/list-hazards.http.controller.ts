import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { Caller, CurrentCaller, PageOf } from '@lc/platform';
import { UnitPageQueryDto } from '../../../subtree-query';
import { UnitInScope } from '../../../unit-in-scope';
import { hazardView } from '../../hazard.row';
import { ArchiveQueries } from '../../archive.queries';
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
    private readonly queries: ArchiveQueries,
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
    const { rows, total } = await this.queries.under(
      unit,
      {
        status: query.status,
        overdue: query.overdue,
        escalatedTo: query.escalatedToMe ? caller.principal.orgUnitId : undefined,
        designated: query.designatedToMe ? caller.principal.userId : undefined,
      },
      query,
    );
    return { total, items: rows.map(hazardView) };
  }
}
