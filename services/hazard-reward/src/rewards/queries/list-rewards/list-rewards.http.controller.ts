import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, PageOf } from '@lc/platform';
import { SubtreeFilter, UnitPageQueryDto } from '../../../subtree-query';
import { UnitInScope } from '../../../unit-in-scope';
import { HazardRewardDto } from '../../reward.response.dto';
import { REWARD_SELECT, RewardWithReportRow, rewardView } from '../../reward.row';

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
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const filter = new SubtreeFilter('w.issuing_path', unit);
    if (query.status) filter.and('w.status = ?', query.status);
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM rewards w WHERE ${filter.sql}`, filter.params);
    const rows: RewardWithReportRow[] = await this.dataSource.query(
      `${REWARD_SELECT} WHERE ${filter.sql} ORDER BY w.created_at, w.id LIMIT ${query.limit} OFFSET ${query.offset}`,
      filter.params,
    );
    return { total, items: rows.map(rewardView) };
  }
}
