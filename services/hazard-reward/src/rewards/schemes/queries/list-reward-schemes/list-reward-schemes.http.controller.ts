import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, OrgDirectory } from '@lc/platform';
import { schemeView } from '../../reward-scheme.view';
import { RewardSchemeRepository } from '../../reward-scheme.repository';
import { RewardSchemeDto } from '../../../reward.response.dto';

/** The schemes that can reward hazards at a unit: its own and those of the unions above it. Anyone may read the rules. */
@ApiTags('hazard rewards')
@Controller('reward-schemes')
export class ListRewardSchemesHttpController {
  constructor(
    private readonly schemes: RewardSchemeRepository,
    private readonly directory: OrgDirectory,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listRewardSchemes',
    summary: '奖励办法列表',
    description: 'Anyone may read the rules: the schemes that can reward hazards at a unit, its own and those of the unions above it.',
  })
  @ApiQuery({ name: 'unitId', type: String, required: false, description: 'Default: your own unit' })
  @ApiOkResponse({ type: [RewardSchemeDto], description: 'Schemes of the unit and the unions above it, nearest union first, newest period first' })
  async list(@Query('unitId') unitId: string | undefined, @CurrentCaller() caller: Caller) {
    const unit = await this.directory.getReferenced(unitId ?? caller.principal.orgUnitId, 'unitId');
    return (await this.schemes.ofLineAbove(unit.path)).map(schemeView);
  }
}
