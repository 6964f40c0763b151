import { Body, Controller, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { unionCadreRoles } from '@lc/org';
import { auditActorOf, Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { TemplateRow, templateView } from '../../template-row';
import { TemplateStore } from '../../template-store';
import { TemplateDefinitionRequestDto } from './create-template.request.dto';
import { TemplateCodeTaken } from '../../template.errors';
import { TemplateDto } from '../../template-definition.dto';

/** A union's own scoring form, version 1, owned by the caller's unit. */
@ApiTags('assessment templates')
@Controller('assessment-templates')
export class CreateTemplateHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly templates: TemplateStore,
    private readonly audit: AuditTrail,
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
    const row = await this.dataSource.transaction(async (tx) => {
      const inserted: TemplateRow[] = await tx.query(
        `INSERT INTO assessment_templates (id, code, version, name, definition, owner_unit_id, owner_path, created_by)
         VALUES ($1, $2, 1, $3, $4, $5, $6, $7) ON CONFLICT ON CONSTRAINT one_template_version DO NOTHING RETURNING *`,
        [id, body.definition.code, body.definition.name, JSON.stringify(body.definition), caller.principal.orgUnitId, caller.principal.orgPath, caller.principal.userId],
      );
      if (!inserted[0]) throw new TemplateCodeTaken(body.definition.code);
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'assessment-template.created',
        entity: { type: 'assessment-template', id, orgUnitId: caller.principal.orgUnitId, orgPath: caller.principal.orgPath },
        after: { code: body.definition.code, version: 1 },
        correlationId: caller.correlationId,
      });
      return inserted[0];
    });
    return templateView(row);
  }
}
