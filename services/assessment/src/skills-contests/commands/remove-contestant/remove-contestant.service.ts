import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { auditActorOf, Caller } from '@lc/platform';
import { shownPoints } from '../../skills-contest-rows';
import { SkillsContestViews } from '../../skills-contest-views';
import { SkillsContests } from '../../skills-contests';
import { NotSeated } from '../../skills-contest.errors';

/** The organiser withdraws a contestant while the contest is open; their scores go, kept in the audit entry. */
@Injectable()
export class RemoveContestantService {
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
      const contestant = await this.contests.contestant(contestId, userId, tx);
      if (!contestant) throw new NotSeated('userId', `${userId} is not a contestant of skills contest ${contestId}`, '该用户不是本技能竞赛的选手');
      const discarded = await this.contests.removeWithScores(tx, contestId, 'contestant', userId);
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'skills-contest.contestant-removed',
        entity: { type: 'skills-contest', id: contestId, orgUnitId: contest.organiser_unit_id, orgPath: contest.organiser_path },
        before: {
          userId,
          displayName: contestant.display_name,
          discardedScores: discarded.map((s) => ({ judgeUserId: s.judge_user_id, ...shownPoints(s) })),
        },
        correlationId: caller.correlationId,
      });
      return contest;
    });
    return this.views.contest(contestId, contest);
  }
}
