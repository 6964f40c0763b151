import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { auditActorOf, Caller } from '@lc/platform';
import { shownPoints } from '../../skills-contest-rows';
import { SkillsContestViews } from '../../skills-contest-views';
import { SkillsContests } from '../../skills-contests';
import { NotSeated } from '../../skills-contest.errors';

/**
 * The organiser takes a judge off the panel while the contest is open (they cannot finish, or were
 * seated by mistake). The scores they gave go with them, and are kept in the audit entry.
 */
@Injectable()
export class RemoveJudgeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contests: SkillsContests,
    private readonly views: SkillsContestViews,
    private readonly audit: AuditTrail,
  ) {}

  async execute(contestId: string, userId: string, caller: Caller) {
    await this.contests.assertOrganiser(caller, await this.contests.load(contestId));
    const contest = await this.dataSource.transaction(async (tx) => {
      const contest = await this.contests.lockOpen(tx, contestId);
      const judge = await this.contests.judge(contestId, userId, tx);
      if (!judge) throw new NotSeated('userId', `${userId} is not on the panel of skills contest ${contestId}`, '该用户不是本技能竞赛的评委');
      const discarded = await this.contests.removeWithScores(tx, contestId, 'judge', userId);
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'skills-contest.judge-removed',
        entity: { type: 'skills-contest', id: contestId, orgUnitId: contest.organiser_unit_id, orgPath: contest.organiser_path },
        before: {
          userId,
          displayName: judge.display_name,
          chief: judge.chief,
          discardedScores: discarded.map((s) => ({ contestantUserId: s.contestant_user_id, ...shownPoints(s) })),
        },
        correlationId: caller.correlationId,
      });
      return contest;
    });
    return this.views.contest(contestId, contest);
  }
}
