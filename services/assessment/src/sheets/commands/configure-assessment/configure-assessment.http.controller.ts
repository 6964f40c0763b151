import { Body, Controller, Param, Put } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { unionCadreRoles } from '@lc/org';
import { auditActorOf, Caller, CurrentCaller, idParam, OrgDirectory, Participation, RequireRoles, ScopeChecker, IsNotBlank } from '@lc/platform';
import { TemplateStore } from '../../../templates/template-store';
import { SheetOpener } from '../../sheet-opener';
import { CompetitionNotKnownHere, TemplateLocked } from '../../sheet.errors';
import { AssessmentConfigurationDto } from '../../sheet.response.dto';

class ConfigureAssessmentRequestDto {
  @ApiProperty({ example: 'pioneer-team-assessment-2018' })
  @IsString()
  @IsNotBlank()
  templateCode: string;

  @ApiPropertyOptional({ description: 'Default: the latest version' })
  @IsOptional()
  @IsInt()
  @Min(1)
  templateVersion?: number;
}

/**
 * Chooses the form a competition's units are assessed with, and opens a sheet for every unit
 * enrolled so far (later enrolments get theirs from their events). The template can change only
 * while no sheet has been submitted.
 */
@ApiTags('assessment sheets')
@Controller('competitions')
export class ConfigureAssessmentHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participation: Participation,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly templates: TemplateStore,
    private readonly opener: SheetOpener,
    private readonly audit: AuditTrail,
  ) {}

  @Put(':id/assessment')
  @ApiOperation({
    operationId: 'configureCompetitionAssessment',
    summary: '设置竞赛考核评价表',
    description: 'A union cadre at or above the organiser chooses the template version the units are assessed with and opens a sheet for every unit enrolled so far; the template can change only while no sheet is submitted.',
  })
  @RequireRoles(...unionCadreRoles)
  @ApiOkResponse({ type: AssessmentConfigurationDto })
  @ApiConflictResponse({ description: 'The competition is not known yet, or sheets were already submitted on another template' })
  async configure(@Param('id', idParam) competitionId: string, @Body() body: ConfigureAssessmentRequestDto, @CurrentCaller() caller: Caller) {
    const organiserId = await this.participation.organiserOf(competitionId);
    if (!organiserId) {
      throw new CompetitionNotKnownHere(competitionId);
    }
    const organiser = await this.directory.get(organiserId, 'organiserOrgUnitId');
    await this.scope.assert(caller, 'write', { orgPath: organiser.path });
    const template = await this.templates.byCode(body.templateCode, body.templateVersion, 'templateCode');
    const units = (await this.participation.participants(competitionId)).map((p) => ({ unitId: p.unitId, orgPath: p.orgPath, unitKind: p.unitKind }));

    const opened = await this.dataSource.transaction(async (tx) => {
      // Under the lock the enrolment consumer takes: an enrolment it applies before this sees the
      // configuration, or is among the units read below (the participation read model, fed by another
      // consumer, may lag behind it).
      await this.opener.lockCompetition(tx, competitionId);
      const recorded = await this.opener.recordedUnits(tx, competitionId);
      const [current]: { template_id: string }[] = await tx.query(
        `SELECT template_id FROM competition_assessments WHERE competition_id = $1 FOR UPDATE`,
        [competitionId],
      );
      if (current && current.template_id !== template.id) {
        const [started]: unknown[] = await tx.query(
          `SELECT 1 FROM assessment_sheets WHERE competition_id = $1 AND status NOT IN ('draft', 'withdrawn') LIMIT 1`,
          [competitionId],
        );
        if (started) throw new TemplateLocked();
        await tx.query(`UPDATE assessment_sheets SET template_id = $2, self_inputs = '{}', self_total = NULL WHERE competition_id = $1`, [
          competitionId,
          template.id,
        ]);
      }
      await tx.query(
        `INSERT INTO competition_assessments (competition_id, template_id, organiser_unit_id, organiser_path, configured_by)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (competition_id) DO UPDATE SET template_id = EXCLUDED.template_id, configured_by = EXCLUDED.configured_by, configured_at = now()`,
        [competitionId, template.id, organiser.id, organiser.path, caller.principal.userId],
      );
      const fromReadModel = units.filter((u) => !recorded.withdrawn.has(u.unitId));
      const known = new Set(fromReadModel.map((u) => u.unitId));
      const toOpen = [...fromReadModel, ...recorded.enrolled.filter((u) => !known.has(u.unitId))];
      const count = await this.opener.open(tx, competitionId, template.id, toOpen);
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'competition-assessment.configured',
        entity: { type: 'competition', id: competitionId, orgUnitId: organiser.id, orgPath: organiser.path },
        after: { templateCode: template.code, templateVersion: template.version, sheetsOpened: count },
        correlationId: caller.correlationId,
      });
      return count;
    });
    return { competitionId, template: { code: template.code, version: template.version }, sheetsOpened: opened };
  }
}
