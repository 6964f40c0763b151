import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, OrgDirectory, PageQueryDto, ScopeChecker } from '@lc/platform';
import { ORG_UNIT_ID_PATTERN } from '../../../org-units/commands/create-org-unit/create-org-unit.request.dto';
import { competitionIdPipe, competitionOr404 } from '../../enrolment-access';
import { EnrolmentStatus } from '../../enrolment.orm-entity';
import { EnrolmentResponseDto, toEnrolmentResponse } from '../../enrolment.response.dto';
import { EnrolmentQueries } from '../../enrolments.queries';

const statuses = ['enrolled', 'withdrawn', 'all'] as const;

class ListEnrolmentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only enrolments of this unit and the units under it; your own unit when not given' })
  @IsOptional()
  @Matches(ORG_UNIT_ID_PATTERN, { message: "unitId must be 1 to 64 letters, digits, '-' or '_'" })
  unitId?: string;

  @ApiPropertyOptional({ enum: statuses, default: 'enrolled' })
  @IsOptional()
  @IsIn(statuses, { message: "status must be 'enrolled', 'withdrawn' or 'all'" })
  status: EnrolmentStatus | 'all' = 'enrolled';
}

class EnrolmentPageDto {
  @ApiProperty({ type: [EnrolmentResponseDto] }) items: EnrolmentResponseDto[];
  @ApiProperty() total: number;
}

@ApiTags('enrolments')
@Controller('competitions')
export class ListEnrolmentsHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: EnrolmentQueries,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  @Get(':id/enrolments')
  @ApiOperation({ operationId: 'listEnrolments', summary: '报名列表' })
  @ApiOkResponse({ type: EnrolmentPageDto, description: 'Enrolments of units in your subtree (or under unitId), by township or industry union, then enterprise' })
  @ApiForbiddenResponse({ description: 'The competition is not in your line of units, or unitId is outside your subtree' })
  @ApiNotFoundResponse({ description: 'No competition has this id' })
  async list(@Param('id', competitionIdPipe) id: string, @Query() query: ListEnrolmentsQueryDto, @CurrentCaller() caller: Caller): Promise<EnrolmentPageDto> {
    const competition = await competitionOr404(this.dataSource.manager, id);
    const organiser = await this.directory.get(competition.organiserOrgUnitId, 'organiserOrgUnitId');
    await this.scope.assertInLineOf(caller, organiser.path, `competition ${id}`);
    const underPath = query.unitId ? (await this.directory.getReferenced(query.unitId, 'unitId')).path : caller.principal.orgPath;
    await this.scope.assert(caller, 'read', { orgPath: underPath });
    const { rows, total } = await this.queries.underUnit({
      competitionId: id,
      underPath,
      status: query.status,
      page: { limit: query.limit, offset: query.offset },
    });
    return { items: rows.map((r) => toEnrolmentResponse(r.enrolment, r.units)), total };
  }
}
