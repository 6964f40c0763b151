import { Centipoints, roundedMean } from './points';

/**
 * The scoring rule of a skills contest (技能比武), as one pure function over the judges' scores.
 *
 * Final score: the mean of the contestant's judge totals. When the contestant has at least
 * `trimAtJudges` totals, the one highest and the one lowest are dropped first (去掉一个最高分和一个最低分).
 * The count is the contestant's own: a judge excluded for a conflict of interest (回避) gave no score,
 * so a contestant of a judge's enterprise may have fewer totals and keep all of them.
 *
 * Ranking, higher first, every value a mean rounded half up to two decimals as published:
 *   1. the final score;
 *   2. the untrimmed mean of all the contestant's totals;
 *   3. for each scheme item in scheme order: the item's own trimmed mean (the item's points from the
 *      same judges, its own highest and lowest dropped under the same rule), so the organiser puts the
 *      item that should decide ties first;
 *   4. still equal on all of these: the rank is shared, and the next rank is skipped (1, 2, 2, 4).
 * A contestant nobody has scored has no final score and no rank, and comes last.
 *
 * Which of two equal totals is marked as dropped changes no value; it is decided by panel order
 * (the highest: the first of the highest totals; the lowest: the last of the lowest).
 */
export interface RankingRules {
  /** With at least this many totals, drop one highest and one lowest. */
  trimAtJudges: number;
  /** Scheme item keys in scheme order: the tie-break order of step 3. */
  itemKeys: readonly string[];
}

export interface JudgeScore {
  judgeId: string;
  /** Centipoints per item key; every key of the scheme. */
  points: Readonly<Record<string, Centipoints>>;
}

export interface ContestantScores {
  contestantId: string;
  /** In panel order. */
  scores: readonly JudgeScore[];
}

export interface JudgeTotal {
  judgeId: string;
  total: Centipoints;
  dropped: 'highest' | 'lowest' | null;
}

/** What set a contestant apart from the neighbour with the same final score: 'final-score' when none has it. */
export type Separation = 'final-score' | 'untrimmed-mean' | `item:${string}` | 'shared';

export interface RankedContestant {
  contestantId: string;
  totals: JudgeTotal[];
  finalScore: Centipoints | null;
  untrimmedMean: Centipoints | null;
  /** Each item's trimmed mean, by key; null when unscored. */
  itemMeans: Record<string, Centipoints> | null;
  rank: number | null;
  /**
   * Why the contestant stands where it does against its neighbours: 'final-score' when no other
   * contestant has the same final score; otherwise the first tie-break on which it differs from the
   * neighbour above with that final score (the one below, for the first of them), or 'shared'.
   */
  separatedBy: Separation | null;
}

export function rankContestants(rules: RankingRules, contestants: readonly ContestantScores[]): RankedContestant[] {
  if (!Number.isInteger(rules.trimAtJudges) || rules.trimAtJudges < 3) {
    throw new Error(`trimAtJudges must be a whole number of at least 3, not ${rules.trimAtJudges}: dropping two of fewer leaves nothing`);
  }
  const scored = contestants.map((c) => score(rules, c));
  const ranked = scored.filter((c) => c.finalScore !== null);
  const unscored = scored.filter((c) => c.finalScore === null);
  const keyed = ranked.map((c, order) => ({ c, order, key: sortKey(rules, c) }));
  // Stable for full ties: entry order (the order contestants were added) keeps equals in place.
  keyed.sort((a, b) => compareKeys(b.key, a.key) || a.order - b.order);
  keyed.forEach((entry, i) => {
    const better = keyed.findIndex((other) => compareKeys(other.key, entry.key) === 0);
    entry.c.rank = better + 1;
    const above = keyed[i - 1];
    const below = keyed[i + 1];
    const neighbour = above && above.key[0] === entry.key[0] ? above : below && below.key[0] === entry.key[0] ? below : undefined;
    entry.c.separatedBy = neighbour ? separation(rules, entry.key, neighbour.key) : 'final-score';
  });
  return [...keyed.map((e) => e.c), ...unscored];
}

function score(rules: RankingRules, contestant: ContestantScores): RankedContestant {
  const totals: JudgeTotal[] = contestant.scores.map((s) => ({
    judgeId: s.judgeId,
    total: rules.itemKeys.reduce((sum, key) => sum + pointsOf(s, key), 0),
    dropped: null,
  }));
  if (totals.length === 0) {
    return { contestantId: contestant.contestantId, totals, finalScore: null, untrimmedMean: null, itemMeans: null, rank: null, separatedBy: null };
  }
  const trims = totals.length >= rules.trimAtJudges;
  if (trims) {
    // Stable sort: among equal totals, panel order decides which one is marked.
    const byTotal = [...totals].sort((a, b) => b.total - a.total);
    byTotal[0].dropped = 'highest';
    byTotal[byTotal.length - 1].dropped = 'lowest';
  }
  const itemMeans: Record<string, Centipoints> = {};
  for (const key of rules.itemKeys) itemMeans[key] = trimmedMean(contestant.scores.map((s) => pointsOf(s, key)), trims);
  return {
    contestantId: contestant.contestantId,
    totals,
    finalScore: roundedMean(totals.filter((t) => t.dropped === null).map((t) => t.total)),
    untrimmedMean: roundedMean(totals.map((t) => t.total)),
    itemMeans,
    rank: null,
    separatedBy: null,
  };
}

function pointsOf(score: JudgeScore, key: string): Centipoints {
  const points = score.points[key];
  if (points === undefined) throw new Error(`judge ${score.judgeId}'s score has no points for item ${key}`);
  return points;
}

function trimmedMean(values: Centipoints[], trims: boolean): Centipoints {
  if (!trims) return roundedMean(values);
  const sorted = [...values].sort((a, b) => a - b);
  return roundedMean(sorted.slice(1, -1));
}

/** [final score, untrimmed mean, item means in scheme order]: compared left to right, higher first. */
function sortKey(rules: RankingRules, c: RankedContestant): Centipoints[] {
  if (c.finalScore === null || c.untrimmedMean === null || c.itemMeans === null) throw new Error('only scored contestants are ranked');
  const means = c.itemMeans;
  return [c.finalScore, c.untrimmedMean, ...rules.itemKeys.map((key) => means[key])];
}

function compareKeys(a: Centipoints[], b: Centipoints[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function separation(rules: RankingRules, a: Centipoints[], b: Centipoints[]): Separation {
  const differs = a.findIndex((value, i) => value !== b[i]);
  if (differs === -1) return 'shared';
  if (differs === 0) return 'final-score';
  if (differs === 1) return 'untrimmed-mean';
  return `item:${rules.itemKeys[differs - 2]}`;
}
