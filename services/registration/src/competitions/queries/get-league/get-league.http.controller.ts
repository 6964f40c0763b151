import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { orgUnitKinds, sharesLineage } from '@lc/org';
import { Caller, CurrentCaller, idParam, OrgDirectory, ScopeChecker } from '@lc/platform';
import { CompetitionNotFound } from '../../competition.errors';
import { competitionStatuses } from '../../competition.response.dto';

interface LeagueRow {
  id: string;
  name: string;
  status: string;
  organiser_org_unit_id: string;
  organiser_path: string;
  organiser_kind: string;
  parent_competition_id: string | null;
  depth: number;
  enrolled_units: number;
  participants: number;
}

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
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const rows: LeagueRow[] = await this.dataSource.query(
      `WITH RECURSIVE league AS (
         SELECT c.*, 0 AS depth FROM competitions c WHERE c.id = $1
         UNION ALL
         SELECT c.*, l.depth + 1 FROM competitions c JOIN league l ON c.parent_competition_id = l.id WHERE l.depth < 10
       )
       SELECT l.id, l.name, l.status, l.organiser_org_unit_id, o.path AS organiser_path, o.kind AS organiser_kind,
              l.parent_competition_id, l.depth,
              count(e.id) FILTER (WHERE e.status = 'enrolled')::int AS enrolled_units,
              coalesce(sum(e.participants) FILTER (WHERE e.status = 'enrolled'), 0)::int AS participants
         FROM league l JOIN org_units o ON o.id = l.organiser_org_unit_id
         LEFT JOIN enrolments e ON e.competition_id = l.id
        GROUP BY l.id, l.name, l.status, l.organiser_org_unit_id, o.path, o.kind, l.parent_competition_id, l.depth, l.created_at
        ORDER BY l.depth, l.created_at, l.id`,
      [id],
    );
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
