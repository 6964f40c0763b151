import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { descendantsLikePattern, lineagePaths } from '@lc/org';
import { Caller, CurrentCaller, PageOf, PageQueryDto } from '@lc/platform';
import { ContestRow } from '../../skills-contest-rows';
import { SkillsContestSummaryDto } from '../../skills-contest.response.dto';

class ListSkillsContestsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only the contests of this competition' })
  @IsOptional()
  @IsUUID('all', { message: 'competitionId: must be a UUID' })
  competitionId?: string;
}

@ApiTags('skills contests')
@Controller('skills-contests')
export class ListSkillsContestsHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The contests of the caller's line of units (organised at their unit, above it or under it) and those they judge. */
  @Get()
  @ApiOperation({
    operationId: 'listSkillsContests',
    summary: '技能比武列表',
    description: 'The contests of the caller\'s line of units and those the caller judges, newest first.',
  })
  @ApiOkResponse({ type: PageOf(SkillsContestSummaryDto), description: 'Newest first' })
  async list(@Query() query: ListSkillsContestsQueryDto, @CurrentCaller() caller: Caller) {
    const path = caller.principal.orgPath;
    const params = [lineagePaths(path), descendantsLikePattern(path), caller.principal.userId, query.competitionId ?? null];
    const where = `(c.organiser_path = ANY($1) OR c.organiser_path LIKE $2
                    OR EXISTS (SELECT 1 FROM skills_contest_judges j WHERE j.contest_id = c.id AND j.user_id = $3))
                   AND ($4::uuid IS NULL OR c.competition_id = $4)`;
    const rows: ContestRow[] = await this.dataSource.query(
      `SELECT c.* FROM skills_contests c WHERE ${where} ORDER BY c.created_at DESC, c.id LIMIT $5 OFFSET $6`,
      [...params, query.limit, query.offset],
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM skills_contests c WHERE ${where}`, params);
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
