import { Injectable } from '@nestjs/common';
import { skillsContestSignedOffV1 } from '@lc/contracts';
import { AuditedCommand, Caller } from '@lc/platform';
import { scoringProgress } from '../../scoring-progress';
import { SkillsContestViews } from '../../skills-contest-views';
import { SkillsContestRepository } from '../../skills-contest.repository';
import { contestEntity, SkillsContests } from '../../skills-contests';
import { SignOffRequestDto } from './sign-off.request.dto';
import { ContestChangedMeanwhile, JudgeNotAllowed, NotReadyToSignOff } from '../../skills-contest.errors';

/** At most this many missing scores are named in a refusal; the count says how many there are. */
const NAMED_MISSING = 10;

/**
 * The chief judge signs the scores off (签字确认): the contest is locked, its scores, panel and
 * contestants take no more changes, and the results are final. Only a complete sheet is signed:
 * every judge must have scored every contestant they are not excluded from (回避). A judge who
 * cannot finish is taken off the panel by the organiser first, and their scores go with them.
 */
@Injectable()
export class SignOffService {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly contests: SkillsContests,
    private readonly repository: SkillsContestRepository,
    private readonly views: SkillsContestViews,
  ) {}

  async execute(contestId: string, request: SignOffRequestDto, caller: Caller) {
    const current = await this.repository.load(contestId);
    const judge = await this.contests.panelJudgeOrDeny(caller, current);
    if (!judge.chief) {
      await this.contests.deny(
        caller,
        new JudgeNotAllowed(`only the chief judge signs skills contest ${contestId} off; you are a judge on its panel`, '只有裁判长才能签字确认比赛结果'),
      );
    }
    await this.commands.run(caller, async ({ tx, audit, publish }) => {
      const contest = await this.contests.lockOpen(tx, contestId);
      // Still the chief now that the contest is locked against panel changes.
      if (!(await this.repository.judge(contestId, judge.user_id, tx))?.chief) {
        throw new ContestChangedMeanwhile(`the chief judge of skills contest ${contestId} changed meanwhile; look again`);
      }
      const judges = await this.repository.judges(contestId, tx);
      const contestants = await this.repository.contestants(contestId, tx);
      const scores = await this.repository.scores(contestId, tx);
      if (contestants.length === 0) throw new NotReadyToSignOff(`skills contest ${contestId} has no contestants; there is nothing to sign off`, '该技能竞赛还没有选手，无可签字确认');
      const progress = scoringProgress(judges, contestants, scores);
      if (progress.unscorable.length > 0) {
        throw new NotReadyToSignOff(
          `no judge on the panel may score ${progress.unscorable.map((c) => `${c.display_name} (${c.enterprise_unit_id})`).join(', ')}: ` +
            'every judge is from their enterprise (回避); seat a judge from elsewhere first',
          `没有评委可以为 ${progress.unscorable.map((c) => c.display_name).join('、')} 评分：评委都来自其所在企业（回避）；请先增加其他单位的评委`,
        );
      }
      if (progress.missing.length > 0) {
        const named = progress.missing.slice(0, NAMED_MISSING).map((m) => `${m.judge.display_name} has not scored ${m.contestant.display_name}`);
        const more = progress.missing.length > NAMED_MISSING ? `, and ${progress.missing.length - NAMED_MISSING} more` : '';
        throw new NotReadyToSignOff(
          `${progress.missing.length} of ${progress.expected} scores are missing: ${named.join('; ')}${more}. ` +
            'Every judge scores every contestant they are not excluded from; take a judge who cannot finish off the panel first',
          `应有 ${progress.expected} 个评分，还缺 ${progress.missing.length} 个；每位评委须为其不回避的每位选手评分`,
        );
      }
      await this.repository.signOff(tx, contestId, caller.principal.userId, request.note?.trim() || null);
      const locked = await this.repository.load(contestId, tx);
      const { results } = await this.views.results(locked, tx);
      await audit({
        action: 'skills-contest.signed-off',
        entity: contestEntity(contest),
        before: { status: 'open' },
        // The results as signed: who ranked where with which final score, from these scores.
        after: {
          status: 'locked',
          scores: progress.recorded,
          results: results.map((r) => ({ rank: r.rank, contestantUserId: r.contestant.userId, finalScore: r.finalScore, separatedBy: r.separatedBy })),
        },
        reason: request.note ?? null,
      });
      const pathOf = new Map(contestants.map((c) => [c.user_id, c]));
      await publish(skillsContestSignedOffV1, {
        aggregateId: contestId,
        orgUnitId: contest.organiser_unit_id,
        payload: {
          contestId,
          competitionId: locked.competition_id,
          name: locked.name,
          trade: locked.trade,
          organiserUnitId: locked.organiser_unit_id,
          results: results.map((r) => ({
            userId: r.contestant.userId,
            displayName: r.contestant.displayName,
            unitId: r.contestant.orgUnitId,
            unitPath: pathOf.get(r.contestant.userId)?.org_path ?? '',
            finalScore: String(r.finalScore),
            rank: r.rank,
          })),
          signedOffAt: new Date().toISOString(),
        },
      });
    });
    return this.views.results(await this.repository.load(contestId));
  }
}
