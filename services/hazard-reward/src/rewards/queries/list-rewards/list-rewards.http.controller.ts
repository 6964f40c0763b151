import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, PageOf, yuanOf } from '@lc/platform';
import { SubtreeFilter, UnitPageQueryDto } from '../../../subtree-query';
import { UnitInScope } from '../../../unit-in-scope';
import { HazardRewardDto } from '../../reward.response.dto';

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
    const rows: Record<string, string | number | Date | null>[] = await this.dataSource.query(
      `SELECT w.id, w.report_id, w.issuing_unit_id, w.budget_year, w.amount_fen, w.status, w.status_note, w.approval_workflow_id,
              w.created_at, w.issued_at, w.paid_at, r.enterprise_unit_id
         FROM rewards w JOIN hazard_reports r ON r.id = w.report_id
        WHERE ${filter.sql} ORDER BY w.created_at, w.id LIMIT ${query.limit} OFFSET ${query.offset}`,
      filter.params,
    );
    return {
      total,
      items: rows.map((row) => ({
        id: row.id,
        reportId: row.report_id,
        enterpriseUnitId: row.enterprise_unit_id,
        issuingUnitId: row.issuing_unit_id,
        budgetYear: row.budget_year,
        amountYuan: yuanOf(row.amount_fen as string),
        status: row.status,
        note: row.status_note,
        createdAt: row.created_at,
        issuedAt: row.issued_at,
        paidAt: row.paid_at,
      })),
    };
  }
}
