import { Injectable } from '@nestjs/common';
import { Caller } from '@lc/platform';
import { shownPoints } from '../../skills-contest.row';
import { SkillsContestRepository } from '../../skills-contest.repository';
import { SkillsContests } from '../../skills-contests';
import { NotSeated } from '../../skills-contest.errors';

/**
 * The organiser takes a judge off the panel while the contest is open (they cannot finish, or were
 * seated by mistake). The scores they gave go with them, and are kept in the audit entry.
 */
@Injectable()
export class RemoveJudgeService {
  constructor(
    private readonly contests: SkillsContests,
    private readonly repository: SkillsContestRepository,
  ) {}

  async execute(contestId: string, userId: string, caller: Caller) {
    await this.contests.organisedBy(caller, contestId);
    return this.contests.changeOpen(caller, contestId, async (tx) => {
      const judge = await this.repository.judge(contestId, userId, tx);
      if (!judge) throw new NotSeated('userId', `${userId} is not on the panel of skills contest ${contestId}`, '该用户不是本技能竞赛的评委');
      const discarded = await this.repository.removeWithScores(tx, contestId, 'judge', userId);
      return {
        action: 'skills-contest.judge-removed',
        before: {
          userId,
          displayName: judge.display_name,
          chief: judge.chief,
          discardedScores: discarded.map((s) => ({ contestantUserId: s.contestant_user_id, ...shownPoints(s) })),
        },
      };
    });
  }
}
