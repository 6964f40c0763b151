import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { auditActorOf, Caller } from '@lc/platform';
import { SkillsContestViews } from '../../skills-contest-views';
import { SkillsContests } from '../../skills-contests';
import { SetChiefJudgeRequestDto } from './set-chief-judge.request.dto';
import { PersonNotEligible } from '../../skills-contest.errors';

/** The organiser names the chief judge (裁判长) among the panel; the previous chief, if any, becomes a judge. */
@Injectable()
export class SetChiefJudgeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contests: SkillsContests,
    private readonly views: SkillsContestViews,
    private readonly audit: AuditTrail,
  ) {}

  async execute(contestId: string, request: SetChiefJudgeRequestDto, caller: Caller) {
    await this.contests.assertOrganiser(caller, await this.contests.load(contestId));
    const contest = await this.dataSource.transaction(async (tx) => {
      const contest = await this.contests.lockOpen(tx, contestId);
      const judge = await this.contests.judge(contestId, request.userId, tx);
      if (!judge) throw new PersonNotEligible('userId', `${request.userId} is not on the panel; add them as a judge first`, '该用户不是评委，请先把他加为评委');
      const [previous]: { user_id: string }[] = await tx.query(
        `SELECT user_id FROM skills_contest_judges WHERE contest_id = $1 AND chief`,
        [contestId],
      );
      await tx.query(`UPDATE skills_contest_judges SET chief = false WHERE contest_id = $1 AND chief`, [contestId]);
      await tx.query(`UPDATE skills_contest_judges SET chief = true WHERE contest_id = $1 AND user_id = $2`, [contestId, request.userId]);
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'skills-contest.chief-judge-set',
        entity: { type: 'skills-contest', id: contestId, orgUnitId: contest.organiser_unit_id, orgPath: contest.organiser_path },
        before: { chiefJudgeUserId: previous?.user_id ?? null },
        after: { chiefJudgeUserId: request.userId },
        correlationId: caller.correlationId,
      });
      return contest;
    });
    return this.views.contest(contestId, contest);
  }
}
