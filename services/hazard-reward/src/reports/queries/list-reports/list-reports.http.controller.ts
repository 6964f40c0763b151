import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, endOfChinaDay, PageOf, startOfChinaDay } from '@lc/platform';
import { SubtreeFilter } from '../../../subtree-query';
import { UnitInScope } from '../../../unit-in-scope';
import { HazardReportView, REPORT_COLUMNS, REPORT_FROM, ReportRow, reportView } from '../../report-row';
import { ReporterTags } from '../../reporter-tag';
import { ListReportsQueryDto } from './list-reports.request.dto';

@ApiTags('hazard reports')
@Controller('hazard-reports')
export class ListReportsHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const filter = new SubtreeFilter('r.enterprise_path', unit);
    if (query.status) filter.and('r.status = ?', query.status);
    if (query.category) filter.and('r.category = ?', query.category);
    if (query.from) filter.and('r.reported_at >= ?', startOfChinaDay(query.from));
    if (query.to) filter.and('r.reported_at < ?', endOfChinaDay(query.to));
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM hazard_reports r WHERE ${filter.sql}`,
      filter.params,
    );
    const rows: ReportRow[] = await this.dataSource.query(
      `SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM} WHERE ${filter.sql}
        ORDER BY r.reported_at DESC, r.id LIMIT ${query.limit} OFFSET ${query.offset}`,
      filter.params,
    );
    const tag = this.tags.tagOf(caller.principal.userId);
    return { total, items: rows.map((row) => reportView(row, caller.principal, tag)) };
  }
}
