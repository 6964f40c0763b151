import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Repository } from 'typeorm';
import { descendantsLikePattern, lineagePaths } from '@lc/org';
import { Caller, CurrentCaller, PageQueryDto } from '@lc/platform';
import { CompetitionOrmEntity } from '../../competition.orm-entity';
import { CompetitionResponseDto, toCompetitionResponse } from '../../competition.response.dto';

class ListCompetitionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only competitions of this organiser' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  organiserOrgUnitId?: string;
}

class CompetitionPageDto {
  @ApiProperty({ type: [CompetitionResponseDto] }) items: CompetitionResponseDto[];
  @ApiProperty() total: number;
}

@ApiTags('competitions')
@Controller('competitions')
export class ListCompetitionsHttpController {
  constructor(@InjectRepository(CompetitionOrmEntity) private readonly competitions: Repository<CompetitionOrmEntity>) {}

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
    const [rows, total] = await builder
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .limit(query.limit)
      .offset(query.offset)
      .getManyAndCount();
    return { items: rows.map((c) => toCompetitionResponse(c)), total };
  }
}
