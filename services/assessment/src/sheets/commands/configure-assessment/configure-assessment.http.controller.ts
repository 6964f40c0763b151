import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Min } from 'class-validator';
import { unionCadreRoles } from '@lc/org';
import { AuditedCommand, Caller, CurrentCaller, idParam, OrgDirectory, Participation, RequireRoles, ScopeChecker, IsNotBlank } from '@lc/platform';
import { TemplateRepository } from '../../../templates/template.repository';
import { SheetOpener } from '../../sheet-opener';
import { SheetRepository } from '../../sheet.repository';
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
    private readonly commands: AuditedCommand,
    private readonly participation: Participation,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly templates: TemplateRepository,
    private readonly opener: SheetOpener,
    private readonly sheets: SheetRepository,
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

    const opened = await this.commands.run(caller, async ({ tx, audit }) => {
      // Under the lock the enrolment consumer takes: an enrolment it applies before this sees the
      // configuration, or is among the units read below (the participation read model, fed by another
      // consumer, may lag behind it).
      await this.opener.lockCompetition(tx, competitionId);
      const recorded = await this.opener.recordedUnits(tx, competitionId);
      const current = await this.sheets.lockConfiguredTemplate(tx, competitionId);
      if (current && current !== template.id) {
        if (await this.sheets.anyStarted(tx, competitionId)) throw new TemplateLocked();
        await this.sheets.retemplate(tx, competitionId, template.id);
      }
      await this.sheets.saveConfiguration(tx, {
        competitionId,
        templateId: template.id,
        organiserUnitId: organiser.id,
        organiserPath: organiser.path,
        configuredBy: caller.principal.userId,
      });
      const fromReadModel = units.filter((u) => !recorded.withdrawn.has(u.unitId));
      const known = new Set(fromReadModel.map((u) => u.unitId));
      const toOpen = [...fromReadModel, ...recorded.enrolled.filter((u) => !known.has(u.unitId))];
      const count = await this.opener.open(tx, competitionId, template.id, toOpen);
      await audit({
        action: 'competition-assessment.configured',
        entity: { type: 'competition', id: competitionId, orgUnitId: organiser.id, orgPath: organiser.path },
        after: { templateCode: template.code, templateVersion: template.version, sheetsOpened: count },
      });
      return count;
    });
    return { competitionId, template: { code: template.code, version: template.version }, sheetsOpened: opened };
  }
}
