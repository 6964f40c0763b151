import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam, OrgDirectory, Participation, ScopeChecker } from '@lc/platform';
import { NotKnownToAwards } from '../../../nominations/nomination.errors';

class KnownCompetitionResponseDto {
  @ApiProperty() competitionId: string;
  @ApiProperty() name: string;
  @ApiProperty() organiserOrgUnitId: string;
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
  @ApiProperty() receivedAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'As last told by competition.status-changed; null before any change' }) status: string | null;
  @ApiProperty({ description: 'Units enrolled under your unit, from enrolment events' }) enrolledUnits: number;
  @ApiProperty({ description: 'Workers taking part in those units' }) participants: number;
}

@ApiTags('competitions')
@Controller('competitions')
export class GetKnownCompetitionHttpController {
  constructor(
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly participation: Participation,
  ) {}

  @Get(':id')
  @ApiOperation({
    operationId: 'getCompetition',
    summary: '查看竞赛',
    description: "A competition as awards knows it from registration's events, with the units enrolled under your unit and their participants.",
  })
  @ApiOkResponse({ type: KnownCompetitionResponseDto, description: 'A competition as awards knows it from events' })
  @ApiNotFoundResponse({ description: 'Awards has not (yet) received this competition' })
  @ApiForbiddenResponse({ description: 'The organiser is not in your line of units' })
  async get(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller): Promise<KnownCompetitionResponseDto> {
    const c = await this.participation.competition(id);
    if (!c) throw NotKnownToAwards.competition(id);
    // Scope is checked against awards' own copy of the org tree, without asking registration.
    const organiser = await this.directory.find(c.organiserUnitId);
    if (!organiser) throw NotKnownToAwards.organiserOf(`competition ${id}`);
    await this.scope.assertInLineOf(caller, organiser.path, `competition ${id}`);
    const participants = await this.participation.participants(id, caller.principal.orgPath);
    return {
      competitionId: c.competitionId,
      name: c.name,
      organiserOrgUnitId: c.organiserUnitId,
      startDate: c.startDate,
      endDate: c.endDate,
      receivedAt: new Date(c.announcedAt).toISOString(),
      status: c.status,
      enrolledUnits: participants.length,
      participants: participants.reduce((sum, p) => sum + p.participants, 0),
    };
  }
}
