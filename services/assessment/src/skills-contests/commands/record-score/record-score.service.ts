import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { auditActorOf, Caller, formProblemsRefused } from '@lc/platform';
import { checkPoints } from '../../score-points';
import { hasConflictOfInterest, ScoreRow, scoreView, shownPoints } from '../../skills-contest-rows';
import { SkillsContests } from '../../skills-contests';
import { RecordScoreRequestDto } from './record-score.request.dto';
import { ContestChangedMeanwhile, JudgeNotAllowed, NotSeated } from '../../skills-contest.errors';

/**
 * A panel judge scores a contestant on the marking scheme, or corrects their own score, until the
 * chief judge signs off. A judge never scores a contestant of their own enterprise (回避): refused
 * with 403, and the attempt recorded.
 */
@Injectable()
export class RecordScoreService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contests: SkillsContests,
    private readonly audit: AuditTrail,
  ) {}

  async execute(contestId: string, contestantId: string, request: RecordScoreRequestDto, caller: Caller) {
    const current = await this.contests.load(contestId);
    const judge = await this.contests.panelJudgeOrDeny(caller, current);
    this.contests.assertOpen(current);
    const contestant = await this.contests.contestant(contestId, contestantId);
    if (!contestant) throw new NotSeated('contestantId', `${contestantId} is not a contestant of skills contest ${contestId}`, '该用户不是本技能竞赛的选手');
    if (hasConflictOfInterest(judge, contestant)) {
      await this.contests.deny(
        caller,
        new JudgeNotAllowed(
          `conflict of interest (回避): you are from the enterprise ${judge.enterprise_unit_id}, as is the contestant ${contestant.display_name}; ` +
            'a judge never scores a contestant of their own enterprise',
          `回避：您与选手 ${contestant.display_name} 来自同一企业，评委不为本企业的选手评分`,
        ),
      );
    }
    const items = await this.contests.items(contestId);
    const checked = checkPoints(items, request.points);
    if (!checked.ok) throw formProblemsRefused(checked.problems);

    const score = await this.dataSource.transaction(async (tx) => {
      const contest = await this.contests.lockOpen(tx, contestId, 'share');
      // Taken off the panel, or the contestant withdrawn, since the checks above.
      if (!(await this.contests.judge(contestId, judge.user_id, tx)) || !(await this.contests.contestant(contestId, contestantId, tx))) {
        throw new ContestChangedMeanwhile(`the panel or the contestants of skills contest ${contestId} changed meanwhile; look again and retry`);
      }
      const [before]: ScoreRow[] = await tx.query(
        `SELECT judge_user_id, contestant_user_id, points, total_centipoints, recorded_at, updated_at FROM skills_contest_scores
          WHERE contest_id = $1 AND judge_user_id = $2 AND contestant_user_id = $3 FOR UPDATE`,
        [contestId, judge.user_id, contestantId],
      );
      const [saved]: ScoreRow[] = await tx.query(
        `INSERT INTO skills_contest_scores (contest_id, judge_user_id, contestant_user_id, points, total_centipoints)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ON CONSTRAINT skills_contest_one_score_per_judge_and_contestant
         DO UPDATE SET points = EXCLUDED.points, total_centipoints = EXCLUDED.total_centipoints, updated_at = now()
         RETURNING judge_user_id, contestant_user_id, points, total_centipoints, recorded_at, updated_at`,
        [contestId, judge.user_id, contestantId, JSON.stringify(checked.points), checked.total],
      );
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'skills-contest.score-recorded',
        entity: { type: 'skills-contest', id: contestId, orgUnitId: contest.organiser_unit_id, orgPath: contest.organiser_path },
        before: before ? { judgeUserId: judge.user_id, contestantUserId: contestantId, ...shownPoints(before) } : null,
        after: { judgeUserId: judge.user_id, contestantUserId: contestantId, ...shownPoints(saved) },
        correlationId: caller.correlationId,
      });
      return saved;
    });
    return scoreView(contestId, items, score);
  }
}
