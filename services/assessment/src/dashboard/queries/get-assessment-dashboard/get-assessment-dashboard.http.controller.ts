import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, DashboardQueryDto, RequireRoles, UnitInScope } from '@lc/platform';
import { AssessmentDashboardDto } from './assessment-dashboard.response.dto';
import { GetAssessmentDashboardQuery } from './get-assessment-dashboard.query';

@ApiTags('assessment results')
@Controller('dashboards')
export class GetAssessmentDashboardHttpController {
  constructor(
    private readonly units: UnitInScope,
    private readonly query: GetAssessmentDashboardQuery,
  ) {}

  @Get('assessment')
  @RequireRoles(...unionCadreRoles, 'auditor')
  @ApiOperation({
    operationId: 'getAssessmentDashboard',
    summary: '考核数据看板',
    description:
      'For union cadres and auditors, a unit of their subtree (their own by default) over a period: the assessment sheets finalised in it (their current ' +
      "revision, any competition) of the units at and under it, passed (at or above their form's pass mark) and by score band (the score as a percent " +
      'of the form\'s total points), and the same for each unit directly under it.',
  })
  @ApiOkResponse({ type: AssessmentDashboardDto })
  @ApiBadRequestResponse({ description: 'A date is malformed, to is before from, or the unit does not exist' })
  @ApiForbiddenResponse({ description: 'The unit is outside your subtree, or you are not a union cadre or auditor' })
  async get(@Query() query: DashboardQueryDto, @CurrentCaller() caller: Caller): Promise<AssessmentDashboardDto> {
    const unit = await this.units.resolve(caller, query.unitId);
    return this.query.execute(unit, { from: query.from, to: query.to });
  }
}
