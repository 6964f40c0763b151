import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { Caller, CurrentCaller, OrgDirectory, PageOf, PageQueryDto, ScopeChecker } from '@lc/platform';
import { ORG_UNIT_ID_PATTERN } from '../../../org-units/commands/create-org-unit/create-org-unit.request.dto';
import { registerIdPipe } from '../../../forms/form-fields';
import { supervisorStatuses, SupervisorStatus, SupervisorView, toSupervisorView } from '../supervisor.row';
import { SupervisorRepository } from '../supervisor.repository';
import { SupervisorQueries } from '../supervisors.queries';
import { SupervisorNotFound } from '../supervisor.errors';
import { SupervisorDto } from '../supervisor.response.dto';

class SupervisorRegisterQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Supervisors of this unit and the units under it; your own unit when not given' })
  @IsOptional()
  @Matches(ORG_UNIT_ID_PATTERN, { message: "orgUnitId must be 1 to 64 letters, digits, '-' or '_'" })
  orgUnitId?: string;

  @ApiPropertyOptional({
    enum: supervisorStatuses,
    default: 'approved',
    description: 'approved: the register itself (已登记); submitted: registrations still going through their chain (审批中); rejected (未通过); withdrawn (已撤回)',
  })
  @IsOptional()
  @IsIn(supervisorStatuses, { message: `status must be one of ${supervisorStatuses.join(', ')}` })
  status?: SupervisorStatus;
}

@ApiTags('energy-saving supervisors (节能减排义务监督员)')
@Controller('energy-supervisors')
export class SupervisorsHttpController {
  constructor(
    private readonly supervisors: SupervisorRepository,
    private readonly queries: SupervisorQueries,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  /** The register: approved supervisors in a subtree (or those of another status), by enterprise in tree order, then by name. */
  @Get()
  @ApiOperation({
    operationId: 'listEnergySupervisors',
    summary: '节能减排义务监督员名册',
    description:
      'The register: approved supervisors of units at or under orgUnitId, by enterprise in tree order, then by name; with status, the registrations of that status instead (submitted: still in their chain).',
  })
  @ApiOkResponse({ type: PageOf(SupervisorDto), description: 'Supervisors of units at or under orgUnitId with the status asked for (approved when not given)' })
  @ApiForbiddenResponse({ description: 'orgUnitId is outside your subtree' })
  async register(@Query() query: SupervisorRegisterQueryDto, @CurrentCaller() caller: Caller): Promise<{ items: SupervisorView[]; total: number }> {
    const underPath = query.orgUnitId ? (await this.directory.getReferenced(query.orgUnitId, 'orgUnitId')).path : caller.principal.orgPath;
    await this.scope.assert(caller, 'read', { orgPath: underPath });
    const { rows, total } = await this.queries.register(underPath, query.status ?? 'approved', query);
    return { items: rows.map(toSupervisorView), total };
  }

  /** One registration, whatever its status; the opinions are in its approval chain (`/approvals/{workflowId}`). */
  @Get(':id')
  @ApiOperation({
    operationId: 'getEnergySupervisorRegistration',
    summary: '查看监督员登记表',
    description: 'One registration, whatever its status, for whoever submitted it or a user whose subtree holds its unit; the opinions are in its approval chain (/approvals/{workflowId}).',
  })
  @ApiOkResponse({ type: SupervisorDto })
  @ApiForbiddenResponse({ description: 'Neither yours nor in your subtree' })
  @ApiNotFoundResponse({ description: 'No registration has this id' })
  async get(@Param('id', registerIdPipe) id: string, @CurrentCaller() caller: Caller): Promise<SupervisorView> {
    const row = await this.supervisors.byId(id);
    if (!row) throw new SupervisorNotFound(id);
    await this.scope.assert(caller, 'read', { orgPath: row.unit_path, ownerUserId: row.submitted_by });
    return toSupervisorView(row);
  }
}
