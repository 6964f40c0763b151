import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, idParam, OrgDirectory, ScopeChecker } from '@lc/platform';
import { PioneerApplicationNotFound } from '../../pioneer-team.errors';
import { PioneerTeamApplicationDto } from '../../pioneer-team-application.response.dto';

@ApiTags('工人先锋号 applications')
@Controller('pioneer-team-applications')
export class GetPioneerTeamApplicationHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const [row] = await this.dataSource.query(
      `SELECT id, competition_id AS "competitionId", team_unit_id AS "teamUnitId", enterprise_unit_id AS "enterpriseUnitId",
              form, status, workflow_id AS "workflowId", submitted_by AS "submittedBy", created_at AS "createdAt"
         FROM pioneer_team_applications WHERE id = $1`,
      [id],
    );
    if (!row) throw new PioneerApplicationNotFound(id);
    const team = await this.directory.get(row.teamUnitId, 'teamUnitId');
    await this.scope.assert(caller, 'read', { orgPath: team.path });
    // The paper form names the unit and the team; the application keeps their ids, the tree their names.
    const enterprise = await this.directory.get(row.enterpriseUnitId, 'enterpriseUnitId');
    return { ...row, teamUnitName: team.name, enterpriseUnitName: enterprise.name };
  }
}
