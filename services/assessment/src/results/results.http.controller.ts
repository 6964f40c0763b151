import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles, unitIdOfPath } from '@lc/org';
import { ApiFileResponse, Caller, chinaYearOf, CurrentCaller, idParam, OrgDirectory, RequireRoles, ScopeChecker, XLSX_MIME, xlsxDownload } from '@lc/platform';
import { CompetitionResults } from './competition-results';
import { ResultsPublisher } from './results-publisher';
import { yearEndTitle, yearEndWorkbook } from './year-end.xlsx';
import { NoAssessmentConfigured } from '../sheets/sheet.errors';
import { RankedSheetDto, ResultsPublicationDto } from './results.response.dto';

/** Rankings per level, the year-end list (年末考核评比) with its XLSX, and publication of the results. */
@ApiTags('assessment results')
@Controller('competitions')
export class ResultsHttpController {
  constructor(
    private readonly results: CompetitionResults,
    private readonly publisher: ResultsPublisher,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  @Get(':id/rankings')
  @ApiOperation({
    operationId: 'listCompetitionRankings',
    summary: '考核排名',
    description: 'Finalised sheets ranked within their level (enterprise or team), optionally only among the units under a county or township; for callers in the organiser\'s line of units.',
  })
  @ApiQuery({ name: 'level', required: false, enum: ['enterprise', 'team'] })
  @ApiQuery({ name: 'unitId', required: false, description: 'Rank only the units under this one (a county, a township) among themselves' })
  @ApiOkResponse({ type: [RankedSheetDto], description: 'Finalised sheets by rank within their level (1, 2, 2, 4 on equal scores), with pass or fail' })
  async rankings(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller, @Query('level') level?: string, @Query('unitId') unitId?: string) {
    const organiserPath = await this.organiserPath(id);
    await this.results.assertReadable(caller, organiserPath);
    const under = unitId ? (await this.directory.getReferenced(unitId, 'unitId')).path : undefined;
    return (await this.results.ranked(id, undefined, under)).filter((r) => !level || r.level === level);
  }

  @Get(':id/year-end-assessment.xlsx')
  @ApiOperation({ operationId: 'downloadYearEndAssessmentXlsx', summary: '下载年末考核评比表' })
  @ApiFileResponse(XLSX_MIME, 'The year-end list as a workbook titled with the competition and its year (the file too): one sheet per level, by rank, with 合格/不合格')
  async yearEnd(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller) {
    const organiserPath = await this.organiserPath(id);
    await this.results.assertReadable(caller, organiserPath);
    const organiser = (await this.directory.find(unitIdOfPath(organiserPath)))?.name ?? unitIdOfPath(organiserPath);
    // Until registration's competition.created has arrived, the organiser's list of this China year.
    const competition = (await this.results.titleOf(id)) ?? { name: `${organiser}劳动竞赛`, year: chinaYearOf(new Date()) };
    const title = { competition: competition.name, year: competition.year, organiser };
    const bytes = await yearEndWorkbook(title, await this.results.ranked(id));
    return xlsxDownload(bytes, `${yearEndTitle(title)}.xlsx`, `year-end-assessment-${competition.year}.xlsx`);
  }

  @Post(':id/assessment/results')
  @ApiOperation({
    operationId: 'publishAssessmentResults',
    summary: '发布考核结果',
    description: 'A union cadre of the organiser or above sends every new or changed result (unit, score, rank, pass) to awards, where the advanced are recommended first (优先推荐).',
  })
  @HttpCode(200)
  @RequireRoles(...unionCadreRoles)
  @ApiOkResponse({ type: ResultsPublicationDto })
  async publish(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller) {
    const organiserPath = await this.organiserPath(id);
    await this.scope.assert(caller, 'write', { orgPath: organiserPath });
    return this.publisher.publish(id, { id: unitIdOfPath(organiserPath), path: organiserPath }, caller);
  }

  private async organiserPath(competitionId: string): Promise<string> {
    const path = await this.results.organiserOf(competitionId);
    if (!path) throw new NoAssessmentConfigured(`id: competition ${competitionId} has no assessment configured`);
    return path;
  }
}
