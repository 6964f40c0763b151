import { Controller, Get, Headers, Param, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ApiJsonOrXlsxResponse, Caller, CurrentCaller, XLSX_MIME, xlsxDownload } from '@lc/platform';
import { EnrolmentSummaryDto } from './enrolment-summary.response.dto';
import { ORG_UNIT_ID_PATTERN } from '../../../org-units/commands/create-org-unit/create-org-unit.request.dto';
import { competitionIdPipe } from '../../enrolment-access';
import { EnrolmentSummary } from './enrolment-summary';
import { EnrolmentSummaryQuery } from './enrolment-summary.query';
import { enrolmentSummaryWorkbook } from './enrolment-summary.xlsx';

class EnrolmentSummaryQueryDto {
  @ApiPropertyOptional({ description: 'The township or industry union (or county) the summary is for; your own unit when not given' })
  @IsOptional()
  @Matches(ORG_UNIT_ID_PATTERN, { message: "unitId must be 1 to 64 letters, digits, '-' or '_'" })
  unitId?: string;

  @ApiPropertyOptional({ enum: ['json', 'xlsx'], description: `Overrides the Accept header; ${XLSX_MIME} there also gives the XLSX` })
  @IsOptional()
  @IsIn(['json', 'xlsx'], { message: "format must be 'json' or 'xlsx'" })
  format?: 'json' | 'xlsx';
}

@ApiTags('enrolments')
@Controller('competitions')
export class EnrolmentSummaryHttpController {
  constructor(private readonly summary: EnrolmentSummaryQuery) {}

  @Get(':id/enrolment-summary')
  @ApiOperation({
    operationId: 'getEnrolmentSummary',
    summary: '参赛企业汇总表',
    description: '参赛企业汇总表 (seed 004 attachment 2) of the units enrolled under a township or industry union, with totals: JSON, or an Excel file with format=xlsx or the XLSX Accept header.',
  })
  @ApiJsonOrXlsxResponse(EnrolmentSummaryDto, 'Rows grouped by township or industry union (序号, 单位（班组）名称, 所属行业, 参赛人数, 负责人, 联系电话) and totals')
  @ApiBadRequestResponse({ description: 'The unit is an enterprise or a team: the summary is made by the unions above them' })
  @ApiForbiddenResponse({ description: 'The competition is not in your line of units, or the unit is outside your subtree' })
  @ApiNotFoundResponse({ description: 'No competition has this id' })
  async get(
    @Param('id', competitionIdPipe) id: string,
    @Query() query: EnrolmentSummaryQueryDto,
    @Headers('accept') accept: string | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<EnrolmentSummary | StreamableFile> {
    const summary = await this.summary.execute(id, query.unitId, caller);
    const xlsx = query.format ? query.format === 'xlsx' : (accept ?? '').toLowerCase().includes(XLSX_MIME);
    if (!xlsx) return summary;
    const bytes = await enrolmentSummaryWorkbook(summary);
    return xlsxDownload(bytes, `${summary.title}-${summary.unit.name}-${summary.date}.xlsx`, 'enrolment-summary.xlsx');
  }
}
