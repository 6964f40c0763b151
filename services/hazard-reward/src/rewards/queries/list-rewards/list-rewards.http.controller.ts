import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Caller, CurrentCaller, PageOf } from '@lc/platform';
import { UnitPageQueryDto } from '../../../subtree-query';
import { UnitInScope } from '../../../unit-in-scope';
import { HazardRewardDto } from '../../reward.response.dto';
import { rewardView } from '../../reward.row';
import { RewardQueries } from '../../rewards.queries';

const statuses = ['no_scheme', 'awaiting_approval', 'queued', 'issued', 'paid', 'rejected'] as const;

class ListRewardsQueryDto extends UnitPageQueryDto {
  @ApiPropertyOptional({ enum: statuses })
  @IsOptional()
  @IsIn(statuses, { message: `status: must be one of ${statuses.join(', ')}` })
  status?: (typeof statuses)[number];
}

/** Rewards issued by a union and those under it, for finance and cadres: amounts and states, never the reporter. */
@ApiTags('hazard rewards')
@Controller('hazard-rewards')
export class ListRewardsHttpController {
  constructor(
    private readonly queries: RewardQueries,
    private readonly units: UnitInScope,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listHazardRewards',
    summary: '隐患奖励列表',
    description: 'Rewards issued by a union and the unions under it, with amounts and states, never the reporter.',
  })
  @ApiOkResponse({ type: PageOf(HazardRewardDto), description: 'Oldest first, so a queue reads in the order it is served' })
  async list(@Query() query: ListRewardsQueryDto, @CurrentCaller() caller: Caller) {
    const unit = await this.units.resolve(caller, query.unitId);
    const { rows, total } = await this.queries.issuedUnder(unit, query, query);
    return { total, items: rows.map(rewardView) };
  }
}
