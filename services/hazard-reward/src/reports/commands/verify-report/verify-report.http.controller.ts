import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { HazardReportView } from '../../report.row';
import { verifierRoles } from '../../reporter-visibility';
import { VerifyReportRequestDto } from './verify-report.request.dto';
import { VerifyReportService } from './verify-report.service';

@ApiTags('hazard reports')
@Controller('hazard-reports')
export class VerifyReportHttpController {
  constructor(private readonly verifyReport: VerifyReportService) {}

  @Post(':id/verification')
  @ApiOperation({
    operationId: 'verifyHazardReport',
    summary: '核实隐患报告',
    description: "The enterprise's union cadre or a safety inspector at or above it confirms (with a grade), marks as a duplicate, or rejects a report, once.",
  })
  @HttpCode(200)
  @RequireRoles(...verifierRoles)
  @ApiOkResponse({ type: HazardReportView, description: 'The report as verified. A confirmed hazard is rewarded and archived.' })
  @ApiConflictResponse({ description: 'The report was already verified' })
  verify(@Param('id', idParam) id: string, @Body() body: VerifyReportRequestDto, @CurrentCaller() caller: Caller) {
    return this.verifyReport.execute(id, body, caller);
  }
}
