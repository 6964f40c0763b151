import { Body, Controller, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { unionCadreRoles } from '@lc/org';
import { AuditedCommand, Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { templateView } from '../../template.row';
import { TemplateRepository } from '../../template.repository';
import { TemplateDefinitionRequestDto } from './create-template.request.dto';
import { TemplateCodeTaken } from '../../template.errors';
import { TemplateDto } from '../../template-definition.dto';

/** A union's own scoring form, version 1, owned by the caller's unit. */
@ApiTags('assessment templates')
@Controller('assessment-templates')
export class CreateTemplateHttpController {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly templates: TemplateRepository,
  ) {}

  @Post()
  @ApiOperation({
    operationId: 'createAssessmentTemplate',
    summary: '新建考核评价表',
    description: 'A union cadre adds the union\'s own scoring form, version 1, owned by the caller\'s unit; points must add up and rules fit their items.',
  })
  @RequireRoles(...unionCadreRoles)
  @ApiCreatedResponse({ type: TemplateDto, description: 'Version 1 of the template' })
  @ApiConflictResponse({ description: 'A template with this code exists: revise it instead' })
  async create(@Body() body: TemplateDefinitionRequestDto, @CurrentCaller() caller: Caller) {
    this.templates.assertValid(body.definition);
    const id = randomUUID();
    const row = await this.commands.run(caller, async ({ tx, audit }) => {
      const owner = { unitId: caller.principal.orgUnitId, path: caller.principal.orgPath };
      const inserted = await this.templates.createFirstVersion(tx, id, body.definition, owner, caller.principal.userId);
      if (!inserted) throw new TemplateCodeTaken(body.definition.code);
      await audit({
        action: 'assessment-template.created',
        entity: { type: 'assessment-template', id, orgUnitId: caller.principal.orgUnitId, orgPath: caller.principal.orgPath },
        after: { code: body.definition.code, version: 1 },
      });
      return inserted;
    });
    return templateView(row);
  }
}
