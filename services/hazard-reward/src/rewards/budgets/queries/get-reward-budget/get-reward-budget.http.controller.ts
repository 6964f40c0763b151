import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, OrgDirectory, ScopeChecker, yearParam } from '@lc/platform';
import { RewardQueries } from '../../../rewards.queries';
import { RewardBudgetDto } from '../../../reward.response.dto';

@ApiTags('hazard rewards')
@Controller('reward-budgets')
export class GetRewardBudgetHttpController {
  constructor(
    private readonly queries: RewardQueries,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  @Get(':unitId/:year')
  @ApiOperation({ operationId: 'getRewardBudget', summary: '查看奖励预算' })
  @ApiOkResponse({ type: RewardBudgetDto, description: 'Total, committed and left (yuan), and the rewards waiting for it' })
  async get(@Param('unitId') unitId: string, @Param('year', yearParam) year: number, @CurrentCaller() caller: Caller) {
    const unit = await this.directory.get(unitId, 'unitId');
    await this.scope.assert(caller, 'read', { orgPath: unit.path });
    return this.queries.budget(unit.id, year);
  }
}
