import { Injectable } from '@nestjs/common';
import { AuditedCommand, Caller } from '@lc/platform';
import { shownPoints } from '../../skills-contest.row';
import { SkillsContestViews } from '../../skills-contest-views';
import { SkillsContestRepository } from '../../skills-contest.repository';
import { SkillsContests } from '../../skills-contests';
import { NotSeated } from '../../skills-contest.errors';

/** The organiser withdraws a contestant while the contest is open; their scores go, kept in the audit entry. */
@Injectable()
export class RemoveContestantService {
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
      const contestant = await this.repository.contestant(contestId, userId, tx);
      if (!contestant) throw new NotSeated('userId', `${userId} is not a contestant of skills contest ${contestId}`, '该用户不是本技能竞赛的选手');
      const discarded = await this.repository.removeWithScores(tx, contestId, 'contestant', userId);
      await audit({
        action: 'skills-contest.contestant-removed',
        entity: { type: 'skills-contest', id: contestId, orgUnitId: contest.organiser_unit_id, orgPath: contest.organiser_path },
        before: {
          userId,
          displayName: contestant.display_name,
          discardedScores: discarded.map((s) => ({ judgeUserId: s.judge_user_id, ...shownPoints(s) })),
        },
      });
      return contest;
    });
    return this.views.contest(contestId, contest);
  }
}
