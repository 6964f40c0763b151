import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { yuanOf } from '@lc/platform';
import { AnonymousReportKeys } from '../../anonymous-report-keys';
import { ReportKeyRequestDto } from '../../report-key.request.dto';
import { FollowedAnonymousReportDto } from '../../../report.response.dto';
import { RECTIFICATION_COLUMNS, RectificationRow, rectificationOf } from '../../../report-rectification';

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
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const [row]: (RectificationRow & {
      id: string;
      enterprise_unit_id: string;
      location: string;
      category: string;
      description: string;
      reported_at: Date;
      status: string;
      grade: string | null;
      verdict_reason: string | null;
      verified_at: Date | null;
      reward_status: string | null;
      amount_fen: string | null;
      status_note: string | null;
      claimed_at: Date | null;
      redeemed_at: Date | null;
    })[] = await this.dataSource.query(
      `SELECT r.id, r.enterprise_unit_id, r.location, r.category, r.description, r.reported_at, r.status, r.grade, r.verdict_reason, r.verified_at,
              ${RECTIFICATION_COLUMNS},
              w.status AS reward_status, w.amount_fen, w.status_note, c.claimed_at, c.redeemed_at
         FROM hazard_reports r LEFT JOIN hazards h ON h.report_id = r.id LEFT JOIN rewards w ON w.report_id = r.id
         LEFT JOIN reward_claims c ON c.reward_id = w.id
        WHERE r.id = $1`,
      [reportId],
    );
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
