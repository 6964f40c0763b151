import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam } from '@lc/platform';
import { scoreView } from '../../skills-contest.row';
import { JudgeNotAllowed } from '../../skills-contest.errors';
import { SkillsContestRepository } from '../../skills-contest.repository';
import { SkillsContests } from '../../skills-contests';
import { ContestScoreDto } from '../../skills-contest.response.dto';

/**
 * A judge's own scores, so that the scoring pad shows what the judge has given when it is opened again
 * (on another tablet, after a reload). A judge sees only their own: the panel scores without seeing
 * each other's totals until the chief judge signs off.
 */
@ApiTags('skills contests')
@Controller('skills-contests')
export class ListMyScoresHttpController {
  constructor(
    private readonly contests: SkillsContests,
    private readonly repository: SkillsContestRepository,
  ) {}

  @Get(':id/my-scores')
  @ApiOperation({ operationId: 'listMyContestScores', summary: '我的评分', description: "A judge's own scores in the contest, by contestant; for the panel only." })
  @ApiOkResponse({ type: [ContestScoreDto], description: 'The scores the caller recorded, in the order of the contestants' })
  @ApiForbiddenResponse({ description: 'The caller is not on the panel' })
  async mine(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller) {
    await this.repository.load(id);
    const judge = await this.repository.judge(id, caller.principal.userId);
    if (!judge) {
      await this.contests.deny(caller, new JudgeNotAllowed(`you are not on the panel of skills contest ${id}`, '您不是本次技能比武的评委'));
    }
    const items = await this.repository.items(id);
    const scores = await this.repository.scoresBy(id, caller.principal.userId);
    return scores.map((score) => scoreView(id, items, score));
  }
}
