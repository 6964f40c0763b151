import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, PageQueryDto, yuanOf } from '@lc/platform';
import { REPORT_COLUMNS, REPORT_FROM, reportView } from '../../report-row';
import type { ReportRow } from '../../report-row';
import { ReporterTags } from '../../reporter-tag';
import { MyHazardReportsPageDto } from '../../report.response.dto';
import { RECTIFICATION_COLUMNS, RectificationRow, rectificationOf } from '../../report-rectification';

/**
 * The caller's own named reports, each with its reward: found by the reporter tag. Anonymous reports
 * have no tag and are never here (whoever can sign in as the reporter would see them): their reporter
 * follows them with the report key and PIN (POST /anonymous-reports/follow).
 */
@ApiTags('hazard reports')
@Controller('hazard-reports')
export class MyReportsHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tags: ReporterTags,
  ) {}

  @Get('mine')
  @ApiOperation({
    operationId: 'listMyHazardReports',
    summary: '我的隐患报告',
    description: "The caller's own named reports with their rewards and the total paid; anonymous reports are followed with their report key instead.",
  })
  @ApiOkResponse({ type: MyHazardReportsPageDto, description: 'My named reports, newest first, with reward status and amount' })
  async mine(@Query() query: PageQueryDto, @CurrentCaller() caller: Caller): Promise<MyHazardReportsPageDto> {
    const tag = this.tags.tagOf(caller.principal.userId);
    const rows: (ReportRow & RectificationRow & { reward_status: string | null; reward_fen: string | null; reward_note: string | null })[] = await this.dataSource.query(
      `SELECT ${REPORT_COLUMNS}, w.status AS reward_status, w.amount_fen AS reward_fen, w.status_note AS reward_note, ${RECTIFICATION_COLUMNS}
         FROM ${REPORT_FROM} LEFT JOIN rewards w ON w.report_id = r.id LEFT JOIN hazards h ON h.report_id = r.id
        WHERE r.reporter_tag = $1 ORDER BY r.reported_at DESC, r.id LIMIT ${query.limit} OFFSET ${query.offset}`,
      [tag],
    );
    const [totals]: { total: number; paid_fen: string }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total,
              coalesce((SELECT sum(w.amount_fen) FROM rewards w JOIN hazard_reports r ON r.id = w.report_id
                         WHERE r.reporter_tag = $1 AND w.status = 'paid'), 0) AS paid_fen
         FROM hazard_reports WHERE reporter_tag = $1`,
      [tag],
    );
    return {
      total: totals.total,
      paidYuan: yuanOf(totals.paid_fen),
      items: rows.map((row) => ({
        ...reportView(row, caller.principal, tag),
        reward: row.reward_status ? { status: row.reward_status, amountYuan: yuanOf(row.reward_fen ?? 0), note: row.reward_note } : null,
        rectification: rectificationOf(row),
      })),
    };
  }
}
