import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, PageQueryDto, yuanOf } from '@lc/platform';
import { reportView } from '../../report.row';
import { ReportQueries } from '../../reports.queries';
import { ReporterTags } from '../../reporter-tag';
import { MyHazardReportsPageDto } from '../../report.response.dto';
import { rectificationOf } from '../../report-rectification';

/**
 * The caller's own named reports, each with its reward: found by the reporter tag. Anonymous reports
 * have no tag and are never here (whoever can sign in as the reporter would see them): their reporter
 * follows them with the report key and PIN (POST /anonymous-reports/follow).
 */
@ApiTags('hazard reports')
@Controller('hazard-reports')
export class MyReportsHttpController {
  constructor(
    private readonly queries: ReportQueries,
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
    const { rows, total, paidFen } = await this.queries.ofReporter(tag, query);
    return {
      total,
      paidYuan: yuanOf(paidFen),
      items: rows.map((row) => ({
        ...reportView(row, caller.principal, tag),
        reward: row.reward_status ? { status: row.reward_status, amountYuan: yuanOf(row.reward_fen ?? 0), note: row.reward_note } : null,
        rectification: rectificationOf(row),
      })),
    };
  }
}
