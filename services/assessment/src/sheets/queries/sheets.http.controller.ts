import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Caller, CurrentCaller, idParam, PageOf, PageQueryDto, ScopeChecker } from '@lc/platform';
import { TemplateRow } from '../../templates/template.row';
import { TemplateRepository } from '../../templates/template.repository';
import { SheetAccess } from '../sheet-access';
import { sheetView } from '../sheet.row';
import { SheetRepository } from '../sheet.repository';
import { SheetQueries } from '../sheets.queries';
import { NoAssessmentConfigured } from '../sheet.errors';
import { AssessmentSheetDto, AssessmentSheetWithRevisionsDto } from '../sheet.response.dto';

const statuses = ['draft', 'submitted', 'reviewed', 'finalised', 'withdrawn'] as const;

class ListSheetsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: statuses })
  @IsOptional()
  @IsIn(statuses, { message: `status: must be one of ${statuses.join(', ')}` })
  status?: (typeof statuses)[number];
}

@ApiTags('assessment sheets')
@Controller()
export class SheetsHttpController {
  constructor(
    private readonly sheets: SheetAccess,
    private readonly repository: SheetRepository,
    private readonly queries: SheetQueries,
    private readonly templates: TemplateRepository,
    private readonly scope: ScopeChecker,
  ) {}

  @Get('competitions/:id/assessment-sheets')
  @ApiOperation({
    operationId: 'listCompetitionAssessmentSheets',
    summary: '考核表列表',
    description: 'The competition\'s sheets of the units in the caller\'s subtree; refused for a competition organised outside the caller\'s line.',
  })
  @ApiOkResponse({ type: PageOf(AssessmentSheetDto), description: 'The sheets of the units in your subtree, by unit' })
  @ApiNotFoundResponse({ description: 'The competition has no assessment configured' })
  @ApiForbiddenResponse({ description: 'The competition is organised outside your line of units' })
  async list(@Param('id', idParam) competitionId: string, @Query() query: ListSheetsQueryDto, @CurrentCaller() caller: Caller) {
    // The competition must exist here and be one of the caller's line, not merely filter to nothing.
    const organiserPath = await this.repository.organiserPathOf(competitionId);
    if (!organiserPath) throw new NoAssessmentConfigured(`id: competition ${competitionId} has no assessment configured`);
    await this.scope.assertInLineOf(caller, organiserPath, `competition ${competitionId}`);
    const { rows, total } = await this.queries.ofCompetitionUnder(
      competitionId,
      caller.principal.orgPath,
      { status: query.status ?? null },
      { limit: query.limit, offset: query.offset },
    );
    // The sheets of a competition share one or two template versions: each is read once.
    const templates = new Map<string, Promise<TemplateRow>>();
    const templateOf = (id: string) => templates.get(id) ?? templates.set(id, this.templates.byId(id)).get(id) as Promise<TemplateRow>;
    const items = await Promise.all(rows.map(async (row) => sheetView(row, await templateOf(row.template_id))));
    return { total, items };
  }

  @Get('assessment-sheets/:id')
  @ApiOperation({ operationId: 'getAssessmentSheet', summary: '查看考核表' })
  @ApiOkResponse({ type: AssessmentSheetWithRevisionsDto, description: 'The sheet with self and review scores, comments, evidence and its finalised revisions' })
  async get(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller) {
    const sheet = await this.sheets.readable(id, caller);
    const evidence = await this.repository.evidence(id);
    const revisions = await this.repository.revisions(id);
    return {
      ...sheetView(sheet, await this.templates.byId(sheet.template_id), evidence),
      revisions: revisions.map((r) => ({ revision: r.revision, total: r.snapshot.review.total, reason: r.reason, finalisedBy: r.finalised_by, finalisedAt: r.finalised_at })),
    };
  }
}
