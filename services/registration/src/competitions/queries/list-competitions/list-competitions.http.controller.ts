import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Repository } from 'typeorm';
import { descendantsLikePattern, escapeLike, lineagePaths } from '@lc/org';
import { Caller, CurrentCaller, PageQueryDto, SortParam, sortOrderOf } from '@lc/platform';
import { CompetitionOrmEntity } from '../../competition.orm-entity';
import { competitionKindIds } from '../../competition-plan';
import { CompetitionResponseDto, CompetitionStatus, competitionStatuses, toCompetitionResponse } from '../../competition.response.dto';
import { CompetitionQueries } from '../../competitions.queries';

const SORT_COLUMNS = { createdAt: 'c.createdAt', startDate: 'c.startDate', endDate: 'c.endDate', name: 'c.name' };
const COMPETITION_SORTS = Object.keys(SORT_COLUMNS);

class ListCompetitionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only competitions of this organiser' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  organiserOrgUnitId?: string;

  @ApiPropertyOptional({ enum: competitionStatuses, description: 'Only competitions standing here' })
  @IsOptional()
  @IsIn(competitionStatuses, { message: `status must be one of ${competitionStatuses.join(', ')}` })
  status?: CompetitionStatus;

  @ApiPropertyOptional({ enum: competitionKindIds, description: 'Only competitions of this kind' })
  @IsOptional()
  @IsIn(competitionKindIds, { message: `kind must be one of ${competitionKindIds.join(', ')}` })
  kind?: string;

  @SortParam(COMPETITION_SORTS, 'Newest first when not given')
  sort?: string;

  @ApiPropertyOptional({ description: 'Only competitions whose name contains this' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

class CompetitionPageDto {
  @ApiProperty({ type: [CompetitionResponseDto] }) items: CompetitionResponseDto[];
  @ApiProperty() total: number;
}

@ApiTags('competitions')
@Controller('competitions')
export class ListCompetitionsHttpController {
  constructor(
    @InjectRepository(CompetitionOrmEntity) private readonly competitions: Repository<CompetitionOrmEntity>,
    private readonly queries: CompetitionQueries,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listCompetitions', summary: '竞赛列表' })
  @ApiOkResponse({
    type: CompetitionPageDto,
    description: 'Competitions organised by your unit, the units above it and the units under it; newest first',
  })
  async list(@Query() query: ListCompetitionsQueryDto, @CurrentCaller() caller: Caller): Promise<CompetitionPageDto> {
    const ownPath = caller.principal.orgPath;
    const builder = this.competitions
      .createQueryBuilder('c')
      .innerJoin('org_units', 'o', 'o.id = c.organiser_org_unit_id')
      .where('(o.path IN (:...linePaths) OR o.path LIKE :under)', { linePaths: lineagePaths(ownPath), under: descendantsLikePattern(ownPath) });
    if (query.organiserOrgUnitId) builder.andWhere('c.organiser_org_unit_id = :organiser', { organiser: query.organiserOrgUnitId });
    if (query.status) builder.andWhere('c.status = :status', { status: query.status });
    if (query.kind) builder.andWhere('c.kind = :kind', { kind: query.kind });
    if (query.q) builder.andWhere('c.name ILIKE :name', { name: `%${escapeLike(query.q)}%` });
    const order = sortOrderOf(query.sort, SORT_COLUMNS) ?? { column: 'c.createdAt', direction: 'DESC' };
    const [rows, total] = await builder
      .orderBy(order.column, order.direction, 'NULLS LAST')
      .addOrderBy('c.id', 'ASC')
      .limit(query.limit)
      .offset(query.offset)
      .getManyAndCount();
    const names = await this.queries.organiserNames(rows.map((c) => c.organiserOrgUnitId));
    return { items: rows.map((c) => ({ ...toCompetitionResponse(c), organiserName: names.get(c.organiserOrgUnitId) })), total };
  }

  /** The names of a page's organisers, in one query. */
}
