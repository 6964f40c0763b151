import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, DashboardQueryDto, RequireRoles, UnitInScope } from '@lc/platform';
import { GetHazardDashboardQuery } from './get-hazard-dashboard.query';
import { HazardDashboardDto } from './hazard-dashboard.response.dto';

@ApiTags('hazard statistics')
@Controller('dashboards')
export class GetHazardDashboardHttpController {
  constructor(
    private readonly units: UnitInScope,
    private readonly query: GetHazardDashboardQuery,
  ) {}

  @Get('hazards')
  @RequireRoles(...unionCadreRoles, 'auditor')
  @ApiOperation({
    operationId: 'getHazardDashboard',
    summary: '隐患数据看板',
    description:
      'For union cadres and auditors, a unit of their subtree (their own by default) over a period, for the unit and each unit directly under it: ' +
      'the reports made in it (confirmed, not verified yet) and per month by category and grade (rejected reports left out); the hazards entered ' +
      'in the archive in it (closed out, rectification rate = closed ÷ hazards, overdue); and each year\'s reward budgets of the subtree\'s unions ' +
      'against the rewards they paid.',
  })
  @ApiOkResponse({ type: HazardDashboardDto })
  @ApiBadRequestResponse({ description: 'A date is malformed, to is before from, or the unit does not exist' })
  @ApiForbiddenResponse({ description: 'The unit is outside your subtree, or you are not a union cadre or auditor' })
  async get(@Query() query: DashboardQueryDto, @CurrentCaller() caller: Caller): Promise<HazardDashboardDto> {
    const unit = await this.units.resolve(caller, query.unitId);
    return this.query.execute(unit, { from: query.from, to: query.to });
  }
}
