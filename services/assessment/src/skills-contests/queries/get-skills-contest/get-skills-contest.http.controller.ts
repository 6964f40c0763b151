import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam, ScopeChecker } from '@lc/platform';
import { SkillsContestViews } from '../../skills-contest-views';
import { SkillsContestRepository } from '../../skills-contest.repository';
import { SkillsContestDto } from '../../skills-contest.response.dto';

@ApiTags('skills contests')
@Controller('skills-contests')
export class GetSkillsContestHttpController {
  constructor(
    private readonly repository: SkillsContestRepository,
    private readonly views: SkillsContestViews,
    private readonly scope: ScopeChecker,
  ) {}

  /** Seen by its judges, and like every contest by the units of the organiser's line (below it, which take part, and above it). */
  @Get(':id')
  @ApiOperation({ operationId: 'getSkillsContest', summary: '查看技能比武' })
  @ApiOkResponse({ type: SkillsContestDto, description: 'The contest: scheme, panel (with each judge\'s enterprise and the chief), contestants, status and scoring progress' })
  async get(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller) {
    const contest = await this.repository.load(id);
    if (!(await this.repository.judge(id, caller.principal.userId))) {
      await this.scope.assertInLineOf(caller, contest.organiser_path, `skills contest ${id}`);
    }
    return this.views.contest(id, contest);
  }
}
