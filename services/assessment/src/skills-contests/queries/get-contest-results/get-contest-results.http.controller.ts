import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam, ScopeChecker } from '@lc/platform';
import { SkillsContestViews } from '../../skills-contest-views';
import { SkillsContestRepository } from '../../skills-contest.repository';
import { SkillsContests } from '../../skills-contests';
import { JudgeNotAllowed } from '../../skills-contest.errors';
import { SkillsContestResultsDto } from '../../skills-contest.response.dto';

@ApiTags('skills contests')
@Controller('skills-contests')
export class GetContestResultsHttpController {
  constructor(
    private readonly contests: SkillsContests,
    private readonly repository: SkillsContestRepository,
    private readonly views: SkillsContestViews,
    private readonly scope: ScopeChecker,
  ) {}

  /**
   * Once signed off, the results are public to the organiser's line of units and to the panel. Before,
   * they are provisional: seen by the organiser's unions (cadres and auditors at or above it) and the
   * chief judge, not by the other judges, who score without seeing each other's totals.
   */
  @Get(':id/results')
  @ApiOperation({
    operationId: 'getSkillsContestResults',
    summary: '比武成绩',
    description: 'Final once signed off, then seen by the organiser\'s line and the panel; before, provisional and seen only by the organiser\'s unions and the chief judge.',
  })
  @ApiOkResponse({
    type: SkillsContestResultsDto,
    description:
      'Per contestant, best first: rank, final score, untrimmed mean, item means, what separated tied contestants, each judge total with the dropped ones marked, and the judges excluded (回避); final is true once signed off',
  })
  async results(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller) {
    const contest = await this.repository.load(id);
    const judge = await this.repository.judge(id, caller.principal.userId);
    if (contest.status === 'locked') {
      if (!judge) await this.scope.assertInLineOf(caller, contest.organiser_path, `skills contest ${id}`);
    } else if (!judge?.chief) {
      if (judge) {
        await this.contests.deny(
          caller,
          new JudgeNotAllowed(
            `skills contest ${id} is not signed off yet; until then its results are seen by the organiser and the chief judge only`,
            '比赛结果尚未签字确认；在此之前只有组织单位和裁判长可以查看',
          ),
        );
      }
      await this.scope.assert(caller, 'read', { orgPath: contest.organiser_path });
    }
    return this.views.results(contest);
  }
}
