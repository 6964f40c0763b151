import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { HazardArchive } from '../../hazard-archive';
import { ArchiveQueries } from '../../archive.queries';

export class UpdaterCandidateDto {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() orgUnitId: string;
  @ApiProperty({ description: 'The name of their unit (the enterprise, or a team under it)' }) unitName: string;
}

/**
 * Whom a rectification plan may designate to post its progress (专人定期填写): the active people at the
 * hazard's enterprise and its teams, as the plan's author chooses them by name. Enterprise management
 * sets plans but cannot list users in registration; this is the list the plan form needs, and no more.
 */
@ApiTags('hazard archive')
@Controller('hazards')
export class ListUpdaterCandidatesHttpController {
  constructor(
    private readonly queries: ArchiveQueries,
    private readonly archive: HazardArchive,
  ) {}

  @Get(':id/updater-candidates')
  @ApiOperation({
    operationId: 'listHazardUpdaterCandidates',
    summary: '可指定的整改进展填报人',
    description: "For whoever sets the rectification plan: the active people at the hazard's enterprise and its teams, by name, the ones a plan may designate.",
  })
  @RequireRoles('enterprise_union_cadre', 'enterprise_management', 'safety_inspector')
  @ApiQuery({ name: 'q', type: String, required: false, description: 'Part of a name' })
  @ApiOkResponse({ type: [UpdaterCandidateDto], description: 'At most 50, by name' })
  async list(@Param('id', idParam) id: string, @Query('q') q: string | undefined, @CurrentCaller() caller: Caller): Promise<UpdaterCandidateDto[]> {
    const hazard = await this.archive.loadInScope(id, caller, 'write');
    const rows = await this.queries.updaterCandidates(hazard.enterprise_path, q?.trim() || null);
    return rows.map((r) => ({ userId: r.id, displayName: r.display_name, orgUnitId: r.org_unit_id, unitName: r.unit_name }));
  }
}
