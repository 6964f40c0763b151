import { Controller, Get, Param, ParseIntPipe, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam } from '@lc/platform';
import { photoFileOf, ServesPhoto } from '../../../photos/photo-file';
import { PhotoStore } from '../../../photos/photo-store';
import { ReportAccess } from '../../report-access';
import { HazardReportView, reportView } from '../../report.row';
import { ReporterTags } from '../../reporter-tag';
import { ReportPhotoNotFound } from '../../report.errors';

@ApiTags('hazard reports')
@Controller('hazard-reports')
export class GetReportHttpController {
  constructor(
    private readonly reports: ReportAccess,
    private readonly tags: ReporterTags,
    private readonly store: PhotoStore,
  ) {}

  @Get(':id')
  @ApiOperation({ operationId: 'getHazardReport', summary: '查看隐患报告' })
  @ApiOkResponse({ type: HazardReportView })
  async get(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller): Promise<HazardReportView> {
    return reportView(await this.reports.loadVisible(id, caller), caller.principal, this.tags.tagOf(caller.principal.userId));
  }

  @Get(':id/photos/:n')
  @ApiOperation({
    operationId: 'getHazardReportPhoto',
    summary: '查看隐患照片',
    description: 'The n-th photo of a report (from 1), for whoever may see the report.',
  })
  @ServesPhoto('The n-th photo (from 1), as stored: metadata removed')
  async photo(@Param('id', idParam) id: string, @Param('n', ParseIntPipe) n: number, @CurrentCaller() caller: Caller): Promise<StreamableFile> {
    const report = await this.reports.loadVisible(id, caller);
    return photoFileOf(this.store, report.photos[n - 1]?.key, () => ReportPhotoNotFound.numbered(id, report.photos.length), () => ReportPhotoNotFound.missingFromStore(id, n));
  }
}
