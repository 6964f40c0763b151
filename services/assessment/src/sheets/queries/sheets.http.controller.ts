import { Controller, Get, Param, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { Caller, CurrentCaller, idParam, PageOf, PageQueryDto, ScopeChecker } from '@lc/platform';
import { TemplateRow } from '../../templates/template-row';
import { TemplateStore } from '../../templates/template-store';
import { SheetAccess } from '../sheet-access';
import { SheetRow, sheetView } from '../sheet-row';
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sheets: SheetAccess,
    private readonly templates: TemplateStore,
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
    const [competition]: { organiser_path: string }[] = await this.dataSource.query(
      `SELECT organiser_path FROM competition_assessments WHERE competition_id = $1`,
      [competitionId],
    );
    if (!competition) throw new NoAssessmentConfigured(`id: competition ${competitionId} has no assessment configured`);
    await this.scope.assertInLineOf(caller, competition.organiser_path, `competition ${competitionId}`);
    const params: unknown[] = [competitionId, caller.principal.orgPath, descendantsLikePattern(caller.principal.orgPath), query.status ?? null];
    const where = `s.competition_id = $1 AND (s.unit_path = $2 OR s.unit_path LIKE $3) AND ($4::text IS NULL OR s.status = $4)`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM assessment_sheets s WHERE ${where}`, params);
    const rows: SheetRow[] = await this.dataSource.query(
      `SELECT s.* FROM assessment_sheets s WHERE ${where} ORDER BY s.unit_path LIMIT ${query.limit} OFFSET ${query.offset}`,
      params,
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
    const evidence: { id: string; item_key: string; file_name: string }[] = await this.dataSource.query(
      `SELECT id, item_key, file_name FROM assessment_evidence WHERE sheet_id = $1 ORDER BY uploaded_at`,
      [id],
    );
    const revisions: { revision: number; reason: string | null; finalised_by: string; finalised_at: Date; snapshot: { review: { total: number } } }[] =
      await this.dataSource.query(`SELECT revision, reason, finalised_by, finalised_at, snapshot FROM assessment_sheet_revisions WHERE sheet_id = $1 ORDER BY revision`, [id]);
    return {
      ...sheetView(sheet, await this.templates.byId(sheet.template_id), evidence),
      revisions: revisions.map((r) => ({ revision: r.revision, total: r.snapshot.review.total, reason: r.reason, finalisedBy: r.finalised_by, finalisedAt: r.finalised_at })),
    };
  }
}
