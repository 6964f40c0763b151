import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { Caller, CurrentCaller, PageOf, PageQueryDto } from '@lc/platform';
import { SkillsContestSummaryDto } from '../../skills-contest.response.dto';
import { SkillsContestQueries } from '../../skills-contests.queries';

class ListSkillsContestsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only the contests of this competition' })
  @IsOptional()
  @IsUUID('all', { message: 'competitionId: must be a UUID' })
  competitionId?: string;
}

@ApiTags('skills contests')
@Controller('skills-contests')
export class ListSkillsContestsHttpController {
  constructor(private readonly queries: SkillsContestQueries) {}

  /** The contests of the caller's line of units (organised at their unit, above it or under it) and those they judge. */
  @Get()
  @ApiOperation({
    operationId: 'listSkillsContests',
    summary: '技能比武列表',
    description: 'The contests of the caller\'s line of units and those the caller judges, newest first.',
  })
  @ApiOkResponse({ type: PageOf(SkillsContestSummaryDto), description: 'Newest first' })
  async list(@Query() query: ListSkillsContestsQueryDto, @CurrentCaller() caller: Caller) {
    const { rows, total } = await this.queries.ofLineOrPanel(
      caller.principal.orgPath,
      caller.principal.userId,
      { competitionId: query.competitionId ?? null },
      { limit: query.limit, offset: query.offset },
    );
    return {
      items: rows.map((c) => ({
        id: c.id,
        competitionId: c.competition_id,
        name: c.name,
        trade: c.trade,
        organiserUnitId: c.organiser_unit_id,
        status: c.status,
        signedOffAt: c.signed_off_at?.toISOString() ?? null,
      })),
      total,
    };
  }
}
