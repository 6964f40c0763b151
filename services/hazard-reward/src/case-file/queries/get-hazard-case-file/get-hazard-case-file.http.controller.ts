import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseFileDto, Caller, CurrentCaller, idParam } from '@lc/platform';
import { ReportAccess } from '../../../reports/report-access';
import { HazardReportRepository } from '../../../reports/hazard-report.repository';
import { RewardAccess } from '../../../rewards/reward-access';
import { HazardCaseFileService } from './hazard-case-file.service';

const DESCRIPTION =
  'Everything that happened to the report and what it led to, oldest first: intake, verification, the reward, every approval opinion, payment, rectification, close-out; ' +
  'each with time, actor, unit and its audit entry checked against the hash chain. An anonymous reporter is never named; a named one only to the union verification chain.';

@ApiTags('case files')
@Controller()
export class GetHazardCaseFileHttpController {
  constructor(
    private readonly reports: ReportAccess,
    private readonly reportRows: HazardReportRepository,
    private readonly rewards: RewardAccess,
    private readonly caseFiles: HazardCaseFileService,
  ) {}

  @Get('hazard-reports/:id/case-file')
  @ApiOperation({ operationId: 'getHazardReportCaseFile', summary: '隐患报告全程档案', description: `${DESCRIPTION}. For whoever may read the report.` })
  @ApiOkResponse({ type: CaseFileDto })
  @ApiForbiddenResponse({ description: "The report's enterprise is outside your subtree" })
  @ApiNotFoundResponse({ description: 'No report has this id' })
  async report(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller): Promise<CaseFileDto> {
    return this.caseFiles.build(await this.reports.loadVisible(id, caller), caller, { kind: 'hazard-report', id });
  }

  @Get('hazard-rewards/:id/case-file')
  @ApiOperation({ operationId: 'getHazardRewardCaseFile', summary: '隐患奖励全程档案', description: `${DESCRIPTION}. For whoever may read the reward.` })
  @ApiOkResponse({ type: CaseFileDto })
  @ApiForbiddenResponse({ description: "Neither the report's enterprise nor the issuing union is in your subtree" })
  @ApiNotFoundResponse({ description: 'No reward has this id' })
  async reward(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller): Promise<CaseFileDto> {
    const reward = await this.rewards.loadVisible(id, caller);
    return this.caseFiles.build(await this.reportRows.load(reward.report_id), caller, { kind: 'hazard-reward', id });
  }
}
