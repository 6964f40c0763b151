import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { Caller, CurrentCaller, OrgDirectory, PageOf, PageQueryDto, ScopeChecker } from '@lc/platform';
import { ORG_UNIT_ID_PATTERN } from '../../../org-units/commands/create-org-unit/create-org-unit.request.dto';
import { registerIdPipe } from '../../../forms/form-fields';
import { TechnicalServiceView, toTechnicalServiceView } from '../technical-service.row';
import { TechnicalServiceRepository } from '../technical-service.repository';
import { TechnicalServiceQueries } from '../technical-services.queries';
import { TechnicalServiceStatus, technicalServiceStatuses } from '../technical-service-states';
import { TechnicalServiceNotFound } from '../technical-service.errors';
import { TechnicalServiceDto } from '../technical-service.response.dto';

class TechnicalServiceListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Requests of enterprises at or under this unit; your own unit when not given' })
  @IsOptional()
  @Matches(ORG_UNIT_ID_PATTERN, { message: "orgUnitId must be 1 to 64 letters, digits, '-' or '_'" })
  orgUnitId?: string;

  @ApiPropertyOptional({ enum: technicalServiceStatuses, description: 'Only requests in this state' })
  @IsOptional()
  @IsIn(technicalServiceStatuses, { message: `status must be one of ${technicalServiceStatuses.join(', ')}` })
  status?: TechnicalServiceStatus;
}

@ApiTags('technical-service requests (企业需求技术服务项目)')
@Controller('technical-service-requests')
export class TechnicalServicesHttpController {
  constructor(
    private readonly requests: TechnicalServiceRepository,
    private readonly queries: TechnicalServiceQueries,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  /** Requests in a subtree, newest first: what the county's 职工技术服务队 office and each township have to serve. */
  @Get()
  @ApiOperation({
    operationId: 'listTechnicalServiceRequests',
    summary: '技术服务需求列表',
    description: "Requests of enterprises in a subtree, newest first, optionally in one state: what the county's 职工技术服务队 office and each township have to serve.",
  })
  @ApiOkResponse({ type: PageOf(TechnicalServiceDto) })
  @ApiForbiddenResponse({ description: 'orgUnitId is outside your subtree' })
  async list(@Query() query: TechnicalServiceListQueryDto, @CurrentCaller() caller: Caller): Promise<{ items: TechnicalServiceView[]; total: number }> {
    const underPath = query.orgUnitId ? (await this.directory.getReferenced(query.orgUnitId, 'orgUnitId')).path : caller.principal.orgPath;
    await this.scope.assert(caller, 'read', { orgPath: underPath });
    const { rows, total } = await this.queries.underPath(underPath, query.status ?? null, query);
    return { items: rows.map(toTechnicalServiceView), total };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getTechnicalServiceRequest', summary: '查看技术服务需求' })
  @ApiOkResponse({ type: TechnicalServiceDto, description: 'The form with its opinion, delivery and rating as far as they are filled' })
  @ApiForbiddenResponse({ description: 'The enterprise is outside your subtree' })
  @ApiNotFoundResponse({ description: 'No request has this id' })
  async get(@Param('id', registerIdPipe) id: string, @CurrentCaller() caller: Caller): Promise<TechnicalServiceView> {
    const row = await this.requests.byId(id);
    if (!row) throw new TechnicalServiceNotFound(id);
    await this.scope.assert(caller, 'read', { orgPath: row.enterprise_path });
    return toTechnicalServiceView(row);
  }
}
