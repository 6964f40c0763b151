import { Controller, Get, Param } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { decideScope } from '@lc/org';
import { Caller, CurrentCaller, idParam, ScopeChecker } from '@lc/platform';
import { HazardRewardDto } from '../../reward.response.dto';
import { RewardNotFound } from '../../reward.errors';
import { REWARD_SELECT, RewardRow, rewardView } from '../../reward-rows';

/** One reward, as its approval chain shows it to those who decide it: the report it rewards is `reportId`. */
@ApiTags('hazard rewards')
@Controller('hazard-rewards')
export class GetRewardHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeChecker,
  ) {}

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
    const [row]: RewardRow[] = await this.dataSource.query(`${REWARD_SELECT} WHERE w.id = $1`, [id]);
    if (!row) throw new RewardNotFound(id);
    // The chain climbs from the enterprise's township to the issuing union, which may stand above it.
    const readsIssuer = decideScope({ actor: caller.principal, action: 'read', target: { orgPath: row.issuing_path } }).allowed;
    if (!readsIssuer) await this.scope.assert(caller, 'read', { orgPath: row.enterprise_path });
    return rewardView(row);
  }
}
