import { Injectable } from '@nestjs/common';
import { AuditedCommand, Caller } from '@lc/platform';
import { shownPoints } from '../../skills-contest.row';
import { SkillsContestViews } from '../../skills-contest-views';
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
    private readonly commands: AuditedCommand,
    private readonly contests: SkillsContests,
    private readonly repository: SkillsContestRepository,
    private readonly views: SkillsContestViews,
  ) {}

  async execute(contestId: string, userId: string, caller: Caller) {
    await this.contests.assertOrganiser(caller, await this.repository.load(contestId));
    const contest = await this.commands.run(caller, async ({ tx, audit }) => {
      const contest = await this.contests.lockOpen(tx, contestId);
      const judge = await this.repository.judge(contestId, userId, tx);
      if (!judge) throw new NotSeated('userId', `${userId} is not on the panel of skills contest ${contestId}`, '该用户不是本技能竞赛的评委');
      const discarded = await this.repository.removeWithScores(tx, contestId, 'judge', userId);
      await audit({
        action: 'skills-contest.judge-removed',
        entity: { type: 'skills-contest', id: contestId, orgUnitId: contest.organiser_unit_id, orgPath: contest.organiser_path },
        before: {
          userId,
          displayName: judge.display_name,
          chief: judge.chief,
          discardedScores: discarded.map((s) => ({ contestantUserId: s.contestant_user_id, ...shownPoints(s) })),
        },
      });
      return contest;
    });
    return this.views.contest(contestId, contest);
  }
}
