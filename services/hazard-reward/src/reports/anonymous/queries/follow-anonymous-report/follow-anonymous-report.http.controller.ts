import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { yuanOf } from '@lc/platform';
import { AnonymousReportKeys } from '../../anonymous-report-keys';
import { ReportKeyRequestDto } from '../../report-key.request.dto';
import { FollowedAnonymousReportDto } from '../../../report.response.dto';
import { rectificationOf } from '../../../report-rectification';
import { ReportQueries } from '../../../reports.queries';

/**
 * How an anonymous report is doing, for whoever holds its key and PIN: the verdict, the rectification
 * and the reward. Any signed-in account may ask (the login opens nothing here: taking over the
 * reporter's account gives no way to it, and a person may ask from any phone they sign in on); it is a
 * POST so that the key and PIN are never in a URL or a log line, and nothing about who asked is kept.
 */
@ApiTags('anonymous reports')
@Controller('anonymous-reports')
export class FollowAnonymousReportHttpController {
  constructor(
    private readonly queries: ReportQueries,
    private readonly keys: AnonymousReportKeys,
  ) {}

  @Post('follow')
  @ApiOperation({
    operationId: 'followAnonymousReport',
    summary: '凭报告码查询匿名报告',
    description: 'Whoever holds the report key and PIN, from any signed-in account: status, verdict, rectification and reward. Nothing about who asked is kept.',
  })
  @HttpCode(200)
  @ApiOkResponse({ type: FollowedAnonymousReportDto, description: 'The report, its verdict, its rectification and its reward' })
  @ApiNotFoundResponse({ description: 'No anonymous report has this key and PIN (the same answer for an unknown key and a wrong PIN)' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong tries with this key; Retry-After says when to try again' })
  async follow(@Body() body: ReportKeyRequestDto): Promise<FollowedAnonymousReportDto> {
    const reportId = await this.keys.unlock(body.reportKey, body.pin);
    const row = await this.queries.followed(reportId);
    return {
      id: row.id,
      enterpriseUnitId: row.enterprise_unit_id,
      location: row.location,
      category: row.category,
      description: row.description,
      reportedAt: row.reported_at.toISOString(),
      status: row.status,
      grade: row.grade,
      verdictReason: row.verdict_reason,
      verifiedAt: row.verified_at?.toISOString() ?? null,
      rectification: rectificationOf(row),
      reward: row.reward_status
        ? {
            status: row.reward_status,
            amountYuan: yuanOf(row.amount_fen ?? 0),
            note: row.status_note,
            claimedAt: row.claimed_at?.toISOString() ?? null,
            redeemedAt: row.redeemed_at?.toISOString() ?? null,
          }
        : null,
    };
  }
}
