import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam, OrgDirectory, Participation, RequireRoles, ScopeChecker } from '@lc/platform';
import { unionCadreRoles } from '@lc/org';
import { NoAssessmentConfigured } from '../sheets/sheet.errors';
import { EnrolledUnitsDto } from './enrolled-units.response.dto';

/**
 * The units enrolled in a competition under the caller's unit, as assessment knows them from
 * registration's enrolment events: the units whose assessment sheets are to be opened.
 */
@ApiTags('competitions')
@Controller('competitions')
export class ListEnrolledUnitsHttpController {
  constructor(
    private readonly participation: Participation,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  @Get(':id/enrolled-units')
  @ApiOperation({
    operationId: 'listEnrolledUnits',
    summary: '参赛单位列表',
    description: 'Union cadres, judges and auditors of the organiser\'s line: the competition\'s status and the units enrolled under the caller\'s unit, those whose assessment sheets are opened.',
  })
  @RequireRoles(...unionCadreRoles, 'judge', 'auditor')
  @ApiOkResponse({ type: EnrolledUnitsDto })
  @ApiNotFoundResponse({ description: 'Assessment has not been told of this competition (it is known once filed or opened)' })
  @ApiForbiddenResponse({ description: 'The competition is organised outside your line of units' })
  async list(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller): Promise<EnrolledUnitsDto> {
    // The competition must be known and of the caller's line (its organiser's place in the tree now).
    const organiserId = await this.participation.organiserOf(id);
    const organiser = organiserId ? await this.directory.find(organiserId) : null;
    if (!organiser) throw new NoAssessmentConfigured(`id: competition ${id} is not known to assessment`);
    await this.scope.assertInLineOf(caller, organiser.path, `competition ${id}`);
    return {
      competitionStatus: await this.participation.statusOf(id),
      units: await this.participation.participants(id, caller.principal.orgPath),
    };
  }
}
