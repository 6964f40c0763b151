import { Injectable } from '@nestjs/common';
import { Caller } from '@lc/platform';
import { shownPoints } from '../../skills-contest.row';
import { SkillsContestRepository } from '../../skills-contest.repository';
import { SkillsContests } from '../../skills-contests';
import { NotSeated } from '../../skills-contest.errors';

/** The organiser withdraws a contestant while the contest is open; their scores go, kept in the audit entry. */
@Injectable()
export class RemoveContestantService {
  constructor(
    private readonly contests: SkillsContests,
    private readonly repository: SkillsContestRepository,
  ) {}

  async execute(contestId: string, userId: string, caller: Caller) {
    await this.contests.organisedBy(caller, contestId);
    return this.contests.changeOpen(caller, contestId, async (tx) => {
      const contestant = await this.repository.contestant(contestId, userId, tx);
      if (!contestant) throw new NotSeated('userId', `${userId} is not a contestant of skills contest ${contestId}`, '该用户不是本技能竞赛的选手');
      const discarded = await this.repository.removeWithScores(tx, contestId, 'contestant', userId);
      return {
        action: 'skills-contest.contestant-removed',
        before: {
          userId,
          displayName: contestant.display_name,
          discardedScores: discarded.map((s) => ({ judgeUserId: s.judge_user_id, ...shownPoints(s) })),
        },
      };
    });
  }
}
