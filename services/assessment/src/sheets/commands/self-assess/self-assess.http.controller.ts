import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import { AuditedCommand, Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import type { SheetInputs } from '@lc/scoring';
import { TemplateRepository } from '../../../templates/template.repository';
import { scoreInputs } from '../../scored-inputs';
import { selfAssessorRoles, SheetAccess } from '../../sheet-access';
import { sheetView } from '../../sheet.row';
import { SheetRepository } from '../../sheet.repository';
import { SheetInputRefused } from '../../sheet.errors';
import { AssessmentSheetDto, ITEM_INPUTS } from '../../sheet.response.dto';

class SelfAssessmentRequestDto {
  @ApiProperty({ ...ITEM_INPUTS, description: `${ITEM_INPUTS.description}. Items left out are not scored yet.` })
  @IsObject({ message: 'inputs: must be an object keyed by item' })
  inputs: SheetInputs;
}

/** The unit's self assessment (自评分): saved as often as needed while a draft, then submitted for review. */
@ApiTags('assessment sheets')
@Controller('assessment-sheets')
export class SelfAssessHttpController {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly sheets: SheetAccess,
    private readonly repository: SheetRepository,
    private readonly templates: TemplateRepository,
  ) {}

  @Put(':id/self-assessment')
  @ApiOperation({
    operationId: 'saveSelfAssessment',
    summary: '保存自评',
    description: 'The unit\'s enterprise union cadre or team leader saves the self-assessment inputs (自评分) of a draft sheet, as often as needed.',
  })
  @RequireRoles(...selfAssessorRoles)
  @ApiOkResponse({ type: AssessmentSheetDto, description: 'The sheet with the self scores the system computed' })
  @ApiConflictResponse({ description: 'The sheet was already submitted' })
  async save(@Param('id', idParam) id: string, @Body() body: SelfAssessmentRequestDto, @CurrentCaller() caller: Caller) {
    const row = await this.commands.run(caller, async ({ tx, audit }) => {
      const sheet = await this.sheets.load(id, tx, true);
      await this.sheets.assertSelfAssessor(sheet, caller);
      this.sheets.assertStatus(sheet, ['draft'], 'a self assessment');
      const template = await this.templates.byId(sheet.template_id, tx);
      const score = scoreInputs(template.definition, body.inputs);
      const updated = await this.repository.saveSelfAssessment(tx, id, body.inputs, score.total);
      await audit({
        action: 'assessment-sheet.self-assessed',
        entity: { type: 'assessment-sheet', id, orgUnitId: sheet.unit_id, orgPath: sheet.unit_path },
        after: { selfTotal: score.total, complete: score.complete },
      });
      return { updated, template };
    });
    return sheetView(row.updated, row.template);
  }

  @Post(':id/submission')
  @ApiOperation({ operationId: 'submitSelfAssessment', summary: '提交自评', description: 'Submits the draft sheet for review by the level above.' })
  @HttpCode(200)
  @RequireRoles(...selfAssessorRoles)
  @ApiOkResponse({ type: AssessmentSheetDto, description: 'The sheet, submitted for review by the level above' })
  async submit(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller) {
    const row = await this.commands.run(caller, async ({ tx, audit }) => {
      const sheet = await this.sheets.load(id, tx, true);
      await this.sheets.assertSelfAssessor(sheet, caller);
      this.sheets.assertStatus(sheet, ['draft'], 'submitting');
      const template = await this.templates.byId(sheet.template_id, tx);
      const score = scoreInputs(template.definition, sheet.self_inputs, 'self.inputs');
      if (!score.complete) {
        throw new SheetInputRefused(
          'self.inputs',
          `self.inputs: score every item before submitting; not yet scored: ${score.unscored.join(', ')}`,
          `请先为全部项目打分再提交；尚未打分：${score.unscored.join('、')}`,
        );
      }
      const updated = await this.repository.submit(tx, id);
      await audit({
        action: 'assessment-sheet.submitted',
        entity: { type: 'assessment-sheet', id, orgUnitId: sheet.unit_id, orgPath: sheet.unit_path },
        before: { status: 'draft' },
        after: { status: 'submitted', selfTotal: score.total },
      });
      return { updated, template };
    });
    return sheetView(row.updated, row.template);
  }
}
