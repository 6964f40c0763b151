import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, DashboardQueryDto, RequireRoles, UnitInScope } from '@lc/platform';
import { GetHonoursDashboardQuery } from './get-honours-dashboard.query';
import { HonoursDashboardDto } from './honours-dashboard.response.dto';

@ApiTags('honours')
@Controller('dashboards')
export class GetHonoursDashboardHttpController {
  constructor(
    private readonly units: UnitInScope,
    private readonly query: GetHonoursDashboardQuery,
  ) {}

  @Get('honours')
  @RequireRoles(...unionCadreRoles, 'auditor')
  @ApiOperation({
    operationId: 'getHonoursDashboard',
    summary: '荣誉数据看板',
    description:
      'For union cadres and auditors, a unit of their subtree (their own by default) over a period: per conferring level (county, city, province, ' +
      'national), the honours conferred in it on nominees at and under the unit, and the nominations made in it still under way (candidate, in ' +
      'approval, in publicity); the same for each unit directly under it.',
  })
  @ApiOkResponse({ type: HonoursDashboardDto })
  @ApiBadRequestResponse({ description: 'A date is malformed, to is before from, or the unit does not exist' })
  @ApiForbiddenResponse({ description: 'The unit is outside your subtree, or you are not a union cadre or auditor' })
  async get(@Query() query: DashboardQueryDto, @CurrentCaller() caller: Caller): Promise<HonoursDashboardDto> {
    const unit = await this.units.resolve(caller, query.unitId);
    return this.query.execute(unit, { from: query.from, to: query.to });
  }
}
