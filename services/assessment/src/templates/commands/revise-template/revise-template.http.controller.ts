import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { isSelfOrDescendant, unionCadreRoles } from '@lc/org';
import { AuditedCommand, Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { TemplateDefinitionRequestDto } from '../create-template/create-template.request.dto';
import { templateView } from '../../template.row';
import { TemplateRepository } from '../../template.repository';
import { TemplateCodeMismatch, TemplateNotRevisable } from '../../template.errors';
import { TemplateDto } from '../../template-definition.dto';

/**
 * Revises a template. Its latest version is changed in place while no sheet uses it; once a sheet
 * does, the revision becomes a new version and every existing sheet keeps the version it was opened on.
 */
@ApiTags('assessment templates')
@Controller('assessment-templates')
export class ReviseTemplateHttpController {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly templates: TemplateRepository,
  ) {}

  @Put(':code')
  @ApiOperation({
    operationId: 'reviseAssessmentTemplate',
    summary: '修订考核评价表',
    description: 'A union cadre of the owning unit or above revises a template: in place while no sheet uses it, otherwise as a new version. Built-in forms are never revised.',
  })
  @RequireRoles(...unionCadreRoles)
  @ApiOkResponse({ type: TemplateDto, description: 'The version now current: the same one edited, or a new one when the old was in use' })
  async revise(@Param('code') code: string, @Body() body: TemplateDefinitionRequestDto, @CurrentCaller() caller: Caller) {
    if (body.definition.code !== code) throw new TemplateCodeMismatch(code);
    this.templates.assertValid(body.definition);
    const row = await this.commands.run(caller, async ({ tx, audit }) => {
      await this.templates.lockCode(tx, code);
      const latest = await this.templates.byCode(code, undefined, 'code', tx);
      if (latest.built_in) {
        throw new TemplateNotRevisable(
          `template '${code}' is a built-in form and stays as printed; create your own template from its definition under a new code`,
          '内置考核表按原样保留，不能修改；请以其内容为基础用新代码创建自己的模板',
        );
      }
      if (!latest.owner_path || !isSelfOrDescendant(latest.owner_path, caller.principal.orgPath)) {
        throw new TemplateNotRevisable(`template '${code}' belongs to ${latest.owner_unit_id}, which is not your unit or under it`, '该模板属于其他单位，您不能修改');
      }
      const used = await this.templates.isUsed(latest.id, tx);
      const saved = used
        ? await this.templates.addVersion(tx, latest, body.definition, caller.principal.userId)
        : await this.templates.editInPlace(tx, latest.id, body.definition);
      await audit({
        action: used ? 'assessment-template.versioned' : 'assessment-template.edited',
        entity: { type: 'assessment-template', id: saved.id, orgUnitId: latest.owner_unit_id ?? caller.principal.orgUnitId, orgPath: latest.owner_path ?? caller.principal.orgPath },
        before: { version: latest.version },
        after: { version: saved.version },
      });
      return saved;
    });
    return templateView(row);
  }
}
