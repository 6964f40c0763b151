import { Injectable } from '@nestjs/common';
import { AuditedCommand, Caller, formProblemsRefused } from '@lc/platform';
import { checkPoints } from '../../score-points';
import { hasConflictOfInterest, scoreView, shownPoints } from '../../skills-contest.row';
import { SkillsContestRepository } from '../../skills-contest.repository';
import { contestEntity, SkillsContests } from '../../skills-contests';
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
    private readonly commands: AuditedCommand,
    private readonly contests: SkillsContests,
    private readonly repository: SkillsContestRepository,
  ) {}

  async execute(contestId: string, contestantId: string, request: RecordScoreRequestDto, caller: Caller) {
    const current = await this.repository.load(contestId);
    const judge = await this.contests.panelJudgeOrDeny(caller, current);
    this.contests.assertOpen(current);
    const contestant = await this.repository.contestant(contestId, contestantId);
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
    const items = await this.repository.items(contestId);
    const checked = checkPoints(items, request.points);
    if (!checked.ok) throw formProblemsRefused(checked.problems);

    const score = await this.commands.run(caller, async ({ tx, audit }) => {
      const contest = await this.contests.lockOpen(tx, contestId, 'share');
      // Taken off the panel, or the contestant withdrawn, since the checks above.
      if (!(await this.repository.judge(contestId, judge.user_id, tx)) || !(await this.repository.contestant(contestId, contestantId, tx))) {
        throw new ContestChangedMeanwhile(`the panel or the contestants of skills contest ${contestId} changed meanwhile; look again and retry`);
      }
      const before = await this.repository.lockScore(tx, contestId, judge.user_id, contestantId);
      const saved = await this.repository.saveScore(tx, contestId, {
        judgeUserId: judge.user_id,
        contestantUserId: contestantId,
        points: checked.points,
        totalCentipoints: checked.total,
      });
      await audit({
        action: 'skills-contest.score-recorded',
        entity: contestEntity(contest),
        before: before ? { judgeUserId: judge.user_id, contestantUserId: contestantId, ...shownPoints(before) } : null,
        after: { judgeUserId: judge.user_id, contestantUserId: contestantId, ...shownPoints(saved) },
      });
      return saved;
    });
    return scoreView(contestId, items, score);
  }
}
