import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, PageOf } from '@lc/platform';
import { UnitInScope } from '../../../unit-in-scope';
import { HazardReportView, reportView } from '../../report.row';
import { ReportQueries } from '../../reports.queries';
import { ReporterTags } from '../../reporter-tag';
import { ListReportsQueryDto } from './list-reports.request.dto';

@ApiTags('hazard reports')
@Controller('hazard-reports')
export class ListReportsHttpController {
  constructor(
    private readonly queries: ReportQueries,
    private readonly units: UnitInScope,
    private readonly tags: ReporterTags,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listHazardReports',
    summary: '隐患报告列表',
    description: 'Reports made at a unit and under it; the reporter is shown to the union verification chain only.',
  })
  @ApiOkResponse({ type: PageOf(HazardReportView), description: 'Reports in the unit and under it, newest first. Reporters are shown to the union verification chain only.' })
  async list(@Query() query: ListReportsQueryDto, @CurrentCaller() caller: Caller) {
    const unit = await this.units.resolve(caller, query.unitId);
    const { rows, total } = await this.queries.under(unit, query, query);
    const tag = this.tags.tagOf(caller.principal.userId);
    return { total, items: rows.map((row) => reportView(row, caller.principal, tag)) };
  }
}
