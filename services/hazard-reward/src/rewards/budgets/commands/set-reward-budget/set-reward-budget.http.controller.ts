import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles, yearParam } from '@lc/platform';
import { SetRewardBudgetRequestDto } from './set-reward-budget.request.dto';
import { SetRewardBudgetService } from './set-reward-budget.service';
import { SetRewardBudgetResultDto } from '../../../reward.response.dto';

@ApiTags('hazard rewards')
@Controller('reward-budgets')
export class SetRewardBudgetHttpController {
  constructor(private readonly setBudget: SetRewardBudgetService) {}

  @Put(':unitId/:year')
  @ApiOperation({
    operationId: 'setRewardBudget',
    summary: '设置奖励预算',
    description: "Finance or a union cadre sets a union's hazard reward budget for a year; raising it issues the queued rewards in order. Whoever verified a report the budget pays may not set it.",
  })
  @RequireRoles('finance', ...unionCadreRoles)
  @ApiOkResponse({ type: SetRewardBudgetResultDto, description: 'The budget as it now is, and how many queued rewards it released' })
  @ApiConflictResponse({ description: 'The new total is below what is already committed' })
  set(@Param('unitId') unitId: string, @Param('year', yearParam) year: number, @Body() body: SetRewardBudgetRequestDto, @CurrentCaller() caller: Caller) {
    return this.setBudget.execute(unitId, year, body, caller);
  }
}
