import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam, OrgDirectory, ScopeChecker } from '@lc/platform';
import { PioneerApplicationNotFound } from '../../pioneer-team.errors';
import { PioneerTeamApplicationRepository } from '../../pioneer-team-application.repository';
import { PioneerTeamApplicationDto } from '../../pioneer-team-application.response.dto';

@ApiTags('工人先锋号 applications')
@Controller('pioneer-team-applications')
export class GetPioneerTeamApplicationHttpController {
  constructor(
    private readonly applications: PioneerTeamApplicationRepository,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  /** The form as submitted and its status; the opinions are in the approval chain (`/approvals/{workflowId}`). */
  @Get(':id')
  @ApiOperation({
    operationId: 'getPioneerTeamApplication',
    summary: '查看工人先锋号申报',
    description: 'The form as submitted and its status; the opinions are in its approval chain (/approvals/{workflowId}).',
  })
  @ApiOkResponse({ type: PioneerTeamApplicationDto })
  @ApiForbiddenResponse({ description: 'The team is outside your subtree' })
  async get(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller): Promise<PioneerTeamApplicationDto> {
    const row = await this.applications.byId(id);
    if (!row) throw new PioneerApplicationNotFound(id);
    const team = await this.directory.get(row.teamUnitId, 'teamUnitId');
    await this.scope.assert(caller, 'read', { orgPath: team.path });
    // The paper form names the unit and the team; the application keeps their ids, the tree their names.
    const enterprise = await this.directory.get(row.enterpriseUnitId, 'enterpriseUnitId');
    return { ...row, createdAt: row.createdAt.toISOString(), teamUnitName: team.name, enterpriseUnitName: enterprise.name };
  }
}
