import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import { unionCadreRoles } from '@lc/org';
import { AuditedCommand, Caller, CommandScope, CurrentCaller, idParam, RequireRoles, IsNotBlank } from '@lc/platform';
import type { SheetInputs } from '@lc/scoring';
import { TemplateRow } from '../../../templates/template.row';
import { TemplateRepository } from '../../../templates/template.repository';
import { assertCommentsOnChanges } from '../../review-comments';
import { scoreInputs } from '../../scored-inputs';
import { reviewerRoles, SheetAccess } from '../../sheet-access';
import { SheetRow, sheetView } from '../../sheet.row';
import { SheetRepository } from '../../sheet.repository';
import { SheetInputRefused } from '../../sheet.errors';
import { AssessmentSheetDto, COMMENTS_BY_ITEM, ITEM_INPUTS } from '../../sheet.response.dto';

class ReviewRequestDto {
  @ApiProperty({ ...ITEM_INPUTS, description: "The reviewer's inputs (考核分), by item key, in the same form as the self assessment" })
  @IsObject({ message: 'inputs: must be an object keyed by item' })
  inputs: SheetInputs;

  @ApiPropertyOptional({ ...COMMENTS_BY_ITEM, description: 'By item key: why the review differs from the self score (required where it does)' })
  @IsOptional()
  @IsObject({ message: 'comments: must be an object keyed by item' })
  comments?: Record<string, string>;
}

class CorrectionRequestDto extends ReviewRequestDto {
  @ApiProperty({ description: 'Why a finalised sheet is corrected: the correction is a new revision, audited with this reason' })
  @IsString()
  @IsNotBlank({ message: 'reason: say why the finalised sheet is corrected' })
  @MaxLength(1000)
  reason: string;
}

/**
 * The upper level's side: the review scores (考核分) with a comment on every changed item, the
 * finalisation that makes the sheet immutable, and corrections, each a new audited revision.
 */
@ApiTags('assessment sheets')
@Controller('assessment-sheets')
export class ReviewSheetHttpController {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly sheets: SheetAccess,
    private readonly repository: SheetRepository,
    private readonly templates: TemplateRepository,
  ) {}

  @Put(':id/review')
  @ApiOperation({
    operationId: 'reviewAssessmentSheet',
    summary: '复核评分',
    description: 'A reviewer above the unit and within the organiser\'s line (union cadre or judge) enters the review scores (考核分) of a submitted sheet; every item scored differently from the self score needs a comment.',
  })
  @RequireRoles(...reviewerRoles)
  @ApiOkResponse({ type: AssessmentSheetDto, description: 'The sheet with the review scores and the total the system computed' })
  async review(@Param('id', idParam) id: string, @Body() body: ReviewRequestDto, @CurrentCaller() caller: Caller) {
    const saved = await this.commands.run(caller, async (command) => {
      const sheet = await this.sheets.load(id, command.tx, true);
      await this.sheets.assertReviewer(sheet, caller);
      this.sheets.assertStatus(sheet, ['submitted', 'reviewed'], 'a review');
      return this.writeReview(command, sheet, body, 'assessment-sheet.reviewed');
    });
    return sheetView(saved.row, saved.template);
  }

  @Post(':id/finalisation')
  @ApiOperation({
    operationId: 'finaliseAssessmentSheet',
    summary: '考核表定稿',
    description: 'A union cadre finalises a fully reviewed sheet: from then on it changes only by a correction.',
  })
  @HttpCode(200)
  @RequireRoles(...unionCadreRoles)
  @ApiOkResponse({ type: AssessmentSheetDto, description: 'The sheet, finalised: it changes only by a correction from now on' })
  async finalise(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller) {
    const saved = await this.commands.run(caller, async ({ tx, audit }) => {
      const sheet = await this.sheets.load(id, tx, true);
      await this.sheets.assertReviewer(sheet, caller);
      this.sheets.assertStatus(sheet, ['reviewed'], 'finalising');
      const template = await this.templates.byId(sheet.template_id, tx);
      const review = scoreInputs(template.definition, sheet.review_inputs, 'review.inputs');
      if (!review.complete) {
        throw new SheetInputRefused(
          'review.inputs',
          `review.inputs: review every item before finalising; not yet reviewed: ${review.unscored.join(', ')}`,
          `请先审核全部项目再定稿；尚未审核：${review.unscored.join('、')}`,
        );
      }
      const row = await this.repository.finalise(tx, id, caller.principal.userId, (finalised) => sheetView(finalised, template));
      await audit({
        action: 'assessment-sheet.finalised',
        entity: { type: 'assessment-sheet', id, orgUnitId: sheet.unit_id, orgPath: sheet.unit_path },
        after: { revision: row.revision, total: review.total, passed: review.passed },
      });
      return { row, template };
    });
    return sheetView(saved.row, saved.template);
  }

  @Post(':id/corrections')
  @ApiOperation({
    operationId: 'correctAssessmentSheet',
    summary: '更正考核表',
    description: 'A union cadre corrects a finalised sheet with a reason: a new revision, reviewed again and to be finalised again; the finalised revision stays readable.',
  })
  @HttpCode(200)
  @RequireRoles(...unionCadreRoles)
  @ApiOkResponse({ type: AssessmentSheetDto, description: 'The sheet as a new revision, reviewed again and waiting to be finalised; the finalised revision stays as it was' })
  async correct(@Param('id', idParam) id: string, @Body() body: CorrectionRequestDto, @CurrentCaller() caller: Caller) {
    const saved = await this.commands.run(caller, async (command) => {
      const sheet = await this.sheets.load(id, command.tx, true);
      await this.sheets.assertReviewer(sheet, caller);
      this.sheets.assertStatus(sheet, ['finalised'], 'a correction');
      await this.repository.startCorrection(command.tx, id, body.reason);
      return this.writeReview(command, { ...sheet, revision: sheet.revision + 1 }, body, 'assessment-sheet.corrected', body.reason);
    });
    return sheetView(saved.row, saved.template);
  }

  private async writeReview(
    { tx, caller, audit }: CommandScope,
    sheet: SheetRow,
    body: ReviewRequestDto,
    action: string,
    reason?: string,
  ): Promise<{ row: SheetRow; template: TemplateRow }> {
    const template = await this.templates.byId(sheet.template_id, tx);
    const self = scoreInputs(template.definition, sheet.self_inputs, 'self.inputs');
    const review = scoreInputs(template.definition, body.inputs);
    const comments = body.comments ?? {};
    assertCommentsOnChanges(self, review, comments);
    const row = await this.repository.saveReview(tx, sheet.id, {
      inputs: body.inputs,
      comments,
      total: review.total,
      passed: review.complete ? review.passed : null,
      reviewedBy: caller.principal.userId,
    });
    await audit({
      action,
      entity: { type: 'assessment-sheet', id: sheet.id, orgUnitId: sheet.unit_id, orgPath: sheet.unit_path },
      before: { status: sheet.status, reviewTotal: sheet.review_total === null ? null : Number(sheet.review_total) },
      after: { status: 'reviewed', revision: row.revision, reviewTotal: review.total, selfTotal: self.total },
      reason,
    });
    return { row, template };
  }
}
