import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam } from '@lc/platform';
import { HazardRewardDto } from '../../reward.response.dto';
import { RewardAccess } from '../../reward-access';
import { rewardView } from '../../reward.row';

/** One reward, as its approval chain shows it to those who decide it: the report it rewards is `reportId`. */
@ApiTags('hazard rewards')
@Controller('hazard-rewards')
export class GetRewardHttpController {
  constructor(private readonly rewards: RewardAccess) {}

  @Get(':id')
  @ApiOperation({
    operationId: 'getHazardReward',
    summary: '查看隐患奖励',
    description:
      "One reward with its amount and state, never the reporter; for users whose subtree holds the report's enterprise (the chain's lower steps) or the issuing union.",
  })
  @ApiOkResponse({ type: HazardRewardDto })
  @ApiForbiddenResponse({ description: "Neither the report's enterprise nor the issuing union is in your subtree" })
  @ApiNotFoundResponse({ description: 'No reward has this id' })
  async get(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller): Promise<HazardRewardDto> {
    return rewardView(await this.rewards.loadVisible(id, caller));
  }
}
