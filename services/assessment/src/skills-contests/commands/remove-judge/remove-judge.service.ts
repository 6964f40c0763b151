import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { auditActorOf, Caller } from '@lc/platform';
import { ScoreRow, shownPoints } from '../../skills-contest-rows';
import { SkillsContestViews } from '../../skills-contest-views';
import { SkillsContests } from '../../skills-contests';

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
      if (!judge) throw new NotFoundException(`userId: ${userId} is not on the panel of skills contest ${contestId}`);
      // For a DELETE, TypeORM's postgres driver answers [rows, affected count].
      const [discarded]: [ScoreRow[], number] = await tx.query(
        `DELETE FROM skills_contest_scores WHERE contest_id = $1 AND judge_user_id = $2
         RETURNING judge_user_id, contestant_user_id, points, total_centipoints, recorded_at, updated_at`,
        [contestId, userId],
      );
      await tx.query(`DELETE FROM skills_contest_judges WHERE contest_id = $1 AND user_id = $2`, [contestId, userId]);
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
