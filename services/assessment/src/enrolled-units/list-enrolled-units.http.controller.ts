import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam, Participation, RequireRoles } from '@lc/platform';
import { unionCadreRoles } from '@lc/org';

/**
 * The units enrolled in a competition under the caller's unit, as assessment knows them from
 * registration's enrolment events: the units whose assessment sheets are to be opened.
 */
@ApiTags('competitions')
@Controller('competitions')
export class ListEnrolledUnitsHttpController {
  constructor(private readonly participation: Participation) {}

  @Get(':id/enrolled-units')
  @RequireRoles(...unionCadreRoles, 'judge', 'auditor')
  @ApiOkResponse({ description: '{ competitionStatus, units: [{ enrolmentId, unitId, enterpriseUnitId, unitKind, orgPath, participants }] }' })
  async list(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller) {
    return {
      competitionStatus: await this.participation.statusOf(id),
      units: await this.participation.participants(id, caller.principal.orgPath),
    };
  }
}
