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
      "For union cadres and auditors, a unit of their subtree (their own by default) over a period: the reports made in it and each unit directly under it " +
      '(confirmed, pending, closed out, rectification rate = closed ÷ confirmed, overdue, rewards paid), the hazards per month by category and grade, ' +
      "and each year's reward budgets of the subtree's unions against the rewards paid from them.",
  })
  @ApiOkResponse({ type: HazardDashboardDto })
  @ApiBadRequestResponse({ description: 'A date is malformed, to is before from, or the unit does not exist' })
  @ApiForbiddenResponse({ description: 'The unit is outside your subtree, or you are not a union cadre or auditor' })
  async get(@Query() query: DashboardQueryDto, @CurrentCaller() caller: Caller): Promise<HazardDashboardDto> {
    const unit = await this.units.resolve(caller, query.unitId);
    return this.query.execute(unit, { from: query.from, to: query.to });
  }
}
