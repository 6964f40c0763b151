import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { orgUnitKinds, sharesLineage } from '@lc/org';
import { Caller, CurrentCaller, idParam, OrgDirectory, ScopeChecker } from '@lc/platform';
import { CompetitionNotFound } from '../../competition.errors';
import { CompetitionQueries, LeagueRow } from '../../competitions.queries';
import { competitionStatuses } from '../../competition.response.dto';

class LeagueTotalsDto {
  @ApiProperty({ type: 'integer' }) competitions: number;
  @ApiProperty({ type: 'integer' }) enrolledUnits: number;
  @ApiProperty({ type: 'integer' }) participants: number;
}

export class LeagueNode {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: competitionStatuses }) status: string;
  @ApiProperty() organiserOrgUnitId: string;
  @ApiProperty({ enum: orgUnitKinds }) organiserKind: string;
  @ApiProperty({ type: 'integer' }) enrolledUnits: number;
  @ApiProperty({ type: 'integer' }) participants: number;
  @ApiProperty({ type: LeagueTotalsDto, description: 'This competition and everything under it that you can see' })
  totals: LeagueTotalsDto;
  @ApiProperty({ type: () => [LeagueNode] }) subCompetitions: LeagueNode[];
}

/**
 * The four-level league (四级联赛) under a competition: its sub-competitions down to the teams', each
 * with its enrolments, and totals rolled up the tree. Branches outside your line of units are left out.
 */
@ApiTags('competitions')
@Controller('competitions')
export class GetLeagueHttpController {
  constructor(
    private readonly queries: CompetitionQueries,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  @Get(':id/league')
  @ApiOperation({
    operationId: 'getCompetitionLeague',
    summary: '查看四级联赛',
    description: "The competition's sub-competitions down to the teams', each with its enrolments and totals rolled up the tree; branches outside your line of units are left out.",
  })
  @ApiOkResponse({ type: LeagueNode, description: 'The competition with its sub-competitions as a tree, enrolments and rolled-up totals' })
  @ApiForbiddenResponse({ description: 'The organiser is not in your line of units' })
  async league(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller): Promise<LeagueNode> {
    const rows = await this.queries.league(id);
    const root = rows[0];
    if (!root) throw new CompetitionNotFound(id);
    await this.scope.assertInLineOf(caller, root.organiser_path, `competition ${id}`);
    const visible = rows.filter((r) => r.depth === 0 || sharesLineage(caller.principal.orgPath, r.organiser_path));
    return this.nodeOf(root, visible);
  }

  private nodeOf(row: LeagueRow, rows: LeagueRow[]): LeagueNode {
    const subCompetitions = rows.filter((r) => r.parent_competition_id === row.id).map((r) => this.nodeOf(r, rows));
    const totals = subCompetitions.reduce(
      (sum, child) => ({
        competitions: sum.competitions + child.totals.competitions,
        enrolledUnits: sum.enrolledUnits + child.totals.enrolledUnits,
        participants: sum.participants + child.totals.participants,
      }),
      { competitions: 1, enrolledUnits: row.enrolled_units, participants: row.participants },
    );
    return {
      id: row.id,
      name: row.name,
      status: row.status,
      organiserOrgUnitId: row.organiser_org_unit_id,
      organiserKind: row.organiser_kind,
      enrolledUnits: row.enrolled_units,
      participants: row.participants,
      totals,
      subCompetitions,
    };
  }
}
