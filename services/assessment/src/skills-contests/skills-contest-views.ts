import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { contestantView, ContestRow, hasConflictOfInterest, itemView, judgeView } from './skills-contest.row';
import { formatCentipoints } from './points';
import { rankContestants } from './contest-ranking';
import { scoringProgress } from './scoring-progress';
import { SkillsContestRepository } from './skills-contest.repository';

export const TIE_BREAK_RULE =
  'higher final score (mean of the judge totals, the one highest and one lowest dropped when there are at least trimAtJudges of them); ' +
  'then the higher untrimmed mean of all totals; then each scheme item in scheme order by its own trimmed mean; ' +
  'then the rank is shared and the next rank skipped (1, 2, 2, 4). Every value is rounded half up to two decimals and compared as shown.';

/** What the contest's endpoints answer: the contest with its panel and progress, and its results. */
@Injectable()
export class SkillsContestViews {
  constructor(private readonly contests: SkillsContestRepository) {}

  async contest(contestId: string, row?: ContestRow) {
    const contest = row ?? (await this.contests.load(contestId));
    const [items, judges, contestants, scores] = await Promise.all([
      this.contests.items(contestId),
      this.contests.judges(contestId),
      this.contests.contestants(contestId),
      this.contests.scores(contestId),
    ]);
    const progress = scoringProgress(judges, contestants, scores);
    return {
      ...this.header(contest),
      scheme: items.map(itemView),
      maxTotal: formatCentipoints(items.reduce((sum, item) => sum + item.max_centipoints, 0)),
      judges: judges.map(judgeView),
      contestants: contestants.map(contestantView),
      scoring: { expected: progress.expected, recorded: progress.recorded, missing: progress.missing.length },
    };
  }

  /** The ranking from the scores as they stand; final once the contest is signed off. */
  async results(contest: ContestRow, manager?: EntityManager) {
    // One after the other: inside a transaction they share one connection.
    const items = await this.contests.items(contest.id, manager);
    const judges = await this.contests.judges(contest.id, manager);
    const contestants = await this.contests.contestants(contest.id, manager);
    const scores = await this.contests.scores(contest.id, manager);
    const seat = new Map(judges.map((judge, i) => [judge.user_id, i]));
    const judgeById = new Map(judges.map((judge) => [judge.user_id, judge]));
    const contestantById = new Map(contestants.map((c) => [c.user_id, c]));
    const ranked = rankContestants(
      { trimAtJudges: contest.trim_at_judges, itemKeys: items.map((item) => item.key) },
      contestants.map((c) => ({
        contestantId: c.user_id,
        scores: scores
          .filter((s) => s.contestant_user_id === c.user_id)
          .sort((a, b) => (seat.get(a.judge_user_id) ?? 0) - (seat.get(b.judge_user_id) ?? 0))
          .map((s) => ({ judgeId: s.judge_user_id, points: s.points })),
      })),
    );
    const progress = scoringProgress(judges, contestants, scores);
    const show = (value: number | null) => (value === null ? null : formatCentipoints(value));
    return {
      ...this.header(contest),
      final: contest.status === 'locked',
      tieBreak: TIE_BREAK_RULE,
      scheme: items.map(itemView),
      scoring: { expected: progress.expected, recorded: progress.recorded, missing: progress.missing.length },
      results: ranked.map((r) => {
        const contestant = contestantById.get(r.contestantId) as (typeof contestants)[number];
        return {
          rank: r.rank,
          contestant: contestantView(contestant),
          finalScore: show(r.finalScore),
          untrimmedMean: show(r.untrimmedMean),
          itemMeans: r.itemMeans && Object.fromEntries(items.map((item) => [item.key, show(r.itemMeans?.[item.key] ?? null)])),
          separatedBy: r.separatedBy,
          judgeTotals: r.totals.map((t) => ({
            judgeUserId: t.judgeId,
            displayName: judgeById.get(t.judgeId)?.display_name ?? null,
            total: formatCentipoints(t.total),
            dropped: t.dropped,
          })),
          excludedJudges: judges
            .filter((judge) => hasConflictOfInterest(judge, contestant))
            .map((judge) => ({ judgeUserId: judge.user_id, displayName: judge.display_name, reason: `from the contestant's enterprise ${judge.enterprise_unit_id} (回避)` })),
        };
      }),
    };
  }

  private header(contest: ContestRow) {
    return {
      id: contest.id,
      competitionId: contest.competition_id,
      name: contest.name,
      trade: contest.trade,
      organiserUnitId: contest.organiser_unit_id,
      trimAtJudges: contest.trim_at_judges,
      status: contest.status,
      createdBy: contest.created_by,
      createdAt: contest.created_at.toISOString(),
      signedOffBy: contest.signed_off_by,
      signedOffAt: contest.signed_off_at?.toISOString() ?? null,
      signOffNote: contest.sign_off_note,
    };
  }
}
