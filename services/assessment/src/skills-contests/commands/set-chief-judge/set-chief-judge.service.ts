import { Injectable } from '@nestjs/common';
import { Caller } from '@lc/platform';
import { SkillsContestRepository } from '../../skills-contest.repository';
import { SkillsContests } from '../../skills-contests';
import { SetChiefJudgeRequestDto } from './set-chief-judge.request.dto';
import { PersonNotEligible } from '../../skills-contest.errors';

/** The organiser names the chief judge (裁判长) among the panel; the previous chief, if any, becomes a judge. */
@Injectable()
export class SetChiefJudgeService {
  constructor(
    private readonly contests: SkillsContests,
    private readonly repository: SkillsContestRepository,
  ) {}

  async execute(contestId: string, request: SetChiefJudgeRequestDto, caller: Caller) {
    await this.contests.organisedBy(caller, contestId);
    return this.contests.changeOpen(caller, contestId, async (tx) => {
      const judge = await this.repository.judge(contestId, request.userId, tx);
      if (!judge) throw new PersonNotEligible('userId', `${request.userId} is not on the panel; add them as a judge first`, '该用户不是评委，请先把他加为评委');
      const previous = await this.repository.chiefJudge(tx, contestId);
      await this.repository.makeChief(tx, contestId, request.userId);
      return {
        action: 'skills-contest.chief-judge-set',
        before: { chiefJudgeUserId: previous?.user_id ?? null },
        after: { chiefJudgeUserId: request.userId },
      };
    });
  }
}
