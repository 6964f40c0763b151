import { ContestantScores, rankContestants, RankingRules } from './contest-ranking';
import { centipointsOf, formatCentipoints, roundedMean } from './points';

const rules: RankingRules = { trimAtJudges: 5, itemKeys: ['practice', 'theory'] };

/** A contestant scored by judges j1, j2, … in panel order; each score is [practice, theory] in points. */
const contestant = (contestantId: string, ...scores: [number, number][]): ContestantScores => ({
  contestantId,
  scores: scores.map(([practice, theory], i) => ({ judgeId: `j${i + 1}`, points: { practice: practice * 100, theory: theory * 100 } })),
});

const shown = (value: number | null) => (value === null ? null : formatCentipoints(value));

describe('points', () => {
  it('takes at most two decimals, exactly', () => {
    expect(centipointsOf(18.55)).toBe(1855);
    expect(centipointsOf(0.1 + 0.2)).toBe(30);
    expect(centipointsOf(70)).toBe(7000);
    expect(centipointsOf(18.555)).toBeUndefined();
    expect(centipointsOf(Number.NaN)).toBeUndefined();
    expect(centipointsOf(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('rounds a mean half up to two decimals in integers', () => {
    expect(formatCentipoints(roundedMean([8000, 8500, 8800]))).toBe('84.33');
    expect(formatCentipoints(roundedMean([1, 2]))).toBe('0.02'); // 0.015 → 0.02
    expect(formatCentipoints(roundedMean([8000, 8001]))).toBe('80.01'); // 80.005 → 80.01
    expect(formatCentipoints(roundedMean([2, 2, 3]))).toBe('0.02'); // 0.02333…
    expect(formatCentipoints(roundedMean([8533, 8534, 8534]))).toBe('85.34'); // 85.3366…
    expect(formatCentipoints(5)).toBe('0.05');
    expect(formatCentipoints(-5)).toBe('-0.05');
  });
});

describe('rankContestants: trimmed mean', () => {
  it('keeps every total with 4 judges (fewer than 5)', () => {
    const [a] = rankContestants(rules, [contestant('a', [60, 30], [50, 20], [55, 25], [52, 28])]);
    expect(a.totals.map((t) => [t.total / 100, t.dropped])).toEqual([
      [90, null],
      [70, null],
      [80, null],
      [80, null],
    ]);
    expect(shown(a.finalScore)).toBe('80.00');
    expect(shown(a.untrimmedMean)).toBe('80.00');
  });

  it('drops the one highest and the one lowest total with 5 judges', () => {
    const [a] = rankContestants(rules, [contestant('a', [55, 25], [62, 28], [59, 26], [50, 20], [61, 27])]);
    expect(a.totals.map((t) => [t.judgeId, t.total / 100, t.dropped])).toEqual([
      ['j1', 80, null],
      ['j2', 90, 'highest'],
      ['j3', 85, null],
      ['j4', 70, 'lowest'],
      ['j5', 88, null],
    ]);
    expect(shown(a.finalScore)).toBe('84.33'); // (80 + 85 + 88) / 3 = 84.333…
    expect(shown(a.untrimmedMean)).toBe('82.60'); // 413 / 5
    // Each item is trimmed on its own: practice 50…62 → (55 + 59 + 61) / 3, theory 20…28 → (25 + 26 + 27) / 3.
    expect(a.itemMeans && { practice: shown(a.itemMeans.practice), theory: shown(a.itemMeans.theory) }).toEqual({ practice: '58.33', theory: '26.00' });
  });

  it('drops only one of each with 7 judges, even when the extremes repeat', () => {
    const [a] = rankContestants(rules, [contestant('a', [70, 25], [60, 20], [60, 20], [65, 25], [70, 25], [62, 24], [66, 26])]);
    // Totals 95, 80, 80, 90, 95, 86, 92: the first 95 (j1) and the last 80 (j3) are marked.
    expect(a.totals.map((t) => [t.judgeId, t.total / 100, t.dropped])).toEqual([
      ['j1', 95, 'highest'],
      ['j2', 80, null],
      ['j3', 80, 'lowest'],
      ['j4', 90, null],
      ['j5', 95, null],
      ['j6', 86, null],
      ['j7', 92, null],
    ]);
    expect(shown(a.finalScore)).toBe('88.60'); // (80 + 90 + 95 + 86 + 92) / 5 = 443 / 5
    expect(shown(a.untrimmedMean)).toBe('88.29'); // 618 / 7 = 88.2857…
  });

  it("counts the contestant's own scores: with a judge excluded for conflict of interest, 4 of 5 totals are all kept", () => {
    const panelOfFive = contestant('other-enterprise', [55, 25], [62, 28], [59, 26], [50, 20], [61, 27]);
    // j4 is from this contestant's enterprise and gave no score.
    const sameEnterpriseAsJ4: ContestantScores = {
      contestantId: 'same-enterprise-as-j4',
      scores: panelOfFive.scores.filter((s) => s.judgeId !== 'j4'),
    };
    const excluded = rankContestants(rules, [panelOfFive, sameEnterpriseAsJ4]).find((c) => c.contestantId === 'same-enterprise-as-j4');
    if (!excluded) throw new Error('the excluded contestant is missing');
    expect(excluded.totals.map((t) => [t.judgeId, t.dropped])).toEqual([
      ['j1', null],
      ['j2', null],
      ['j3', null],
      ['j5', null],
    ]);
    expect(shown(excluded.finalScore)).toBe('85.75'); // (80 + 90 + 85 + 88) / 4
  });

  it('lets the threshold be configured: with trimAtJudges 3, three totals keep the middle one', () => {
    const [a] = rankContestants({ ...rules, trimAtJudges: 3 }, [contestant('a', [60, 30], [50, 20], [55, 25])]);
    expect(shown(a.finalScore)).toBe('80.00');
    expect(a.totals.map((t) => t.dropped)).toEqual(['highest', 'lowest', null]);
    expect(() => rankContestants({ ...rules, trimAtJudges: 2 }, [])).toThrow(/at least 3/);
  });
});

describe('rankContestants: ranking and tie-break', () => {
  it('ranks by final score, higher first', () => {
    const ranked = rankContestants(rules, [contestant('low', [50, 20]), contestant('high', [60, 25]), contestant('mid', [55, 20])]);
    expect(ranked.map((c) => [c.contestantId, c.rank, c.separatedBy])).toEqual([
      ['high', 1, 'final-score'],
      ['mid', 2, 'final-score'],
      ['low', 3, 'final-score'],
    ]);
  });

  it('breaks an equal final score by the higher untrimmed mean', () => {
    // Both 84.33: a by trimming 70…90 away (untrimmed 82.60), b with four totals kept (untrimmed 84.33).
    const a = contestant('a', [55, 25], [62, 28], [59, 26], [50, 20], [61, 27]);
    const b: ContestantScores = {
      contestantId: 'b',
      scores: [
        { judgeId: 'j1', points: { practice: 5900, theory: 2550 } },
        { judgeId: 'j2', points: { practice: 5800, theory: 2600 } },
        { judgeId: 'j3', points: { practice: 5900, theory: 2532 } },
        { judgeId: 'j4', points: { practice: 5900, theory: 2550 } },
      ],
    };
    const ranked = rankContestants(rules, [a, b]);
    expect(ranked.map((c) => [c.contestantId, shown(c.finalScore), shown(c.untrimmedMean), c.rank, c.separatedBy])).toEqual([
      ['b', '84.33', '84.33', 1, 'untrimmed-mean'],
      ['a', '84.33', '82.60', 2, 'untrimmed-mean'],
    ]);
  });

  it('then by the first scheme item, then the next', () => {
    // Same totals 80, 80, 80 for all: only the split between practice and theory differs.
    const practiceHeavy = contestant('practice-heavy', [56, 24], [56, 24], [56, 24]);
    const theoryHeavy = contestant('theory-heavy', [54, 26], [54, 26], [54, 26]);
    const ranked = rankContestants(rules, [theoryHeavy, practiceHeavy]);
    expect(ranked.map((c) => [c.contestantId, c.rank, c.separatedBy])).toEqual([
      ['practice-heavy', 1, 'item:practice'],
      ['theory-heavy', 2, 'item:practice'],
    ]);
    // With theory first in the scheme, theory decides.
    const theoryFirst = rankContestants({ ...rules, itemKeys: ['theory', 'practice'] }, [practiceHeavy, theoryHeavy]);
    expect(theoryFirst.map((c) => [c.contestantId, c.rank, c.separatedBy])).toEqual([
      ['theory-heavy', 1, 'item:theory'],
      ['practice-heavy', 2, 'item:theory'],
    ]);
  });

  it('reaches the second item when the first is equal too', () => {
    const scheme: RankingRules = { trimAtJudges: 5, itemKeys: ['a', 'b', 'c'] };
    const score = (judgeId: string, a: number, b: number, c: number) => ({ judgeId, points: { a, b, c } });
    // Totals 100 and 100 each judge; item a averages 40 for both; b differs.
    const x: ContestantScores = { contestantId: 'x', scores: [score('j1', 4000, 3500, 2500), score('j2', 4000, 3500, 2500)] };
    const y: ContestantScores = { contestantId: 'y', scores: [score('j1', 3000, 3000, 4000), score('j2', 5000, 3000, 2000)] };
    const ranked = rankContestants(scheme, [y, x]);
    expect(ranked.map((c) => [c.contestantId, c.rank, c.separatedBy])).toEqual([
      ['x', 1, 'item:b'],
      ['y', 2, 'item:b'],
    ]);
  });

  it('shares the rank on a full tie and skips the next one: 1, 2, 2, 4', () => {
    const ranked = rankContestants(rules, [
      contestant('fourth', [50, 20]),
      contestant('second-a', [56, 24], [54, 26]),
      // The same points from other judges in another order: equal on every criterion.
      contestant('second-b', [54, 26], [56, 24]),
      contestant('first', [60, 30]),
    ]);
    expect(ranked.map((c) => [c.contestantId, c.rank, c.separatedBy])).toEqual([
      ['first', 1, 'final-score'],
      ['second-a', 2, 'shared'],
      ['second-b', 2, 'shared'],
      ['fourth', 4, 'final-score'],
    ]);
  });

  it('explains each of three contestants on the same final score against its neighbour', () => {
    const ranked = rankContestants(rules, [
      contestant('c', [54, 26], [56, 24]),
      contestant('a', [60, 20], [60, 20]),
      contestant('b', [56, 24], [54, 26]),
    ]);
    // a: 80 both, practice 60; b and c: 80 both, practice 55, theory 25.
    expect(ranked.map((c) => [c.contestantId, c.rank, c.separatedBy])).toEqual([
      ['a', 1, 'item:practice'],
      ['c', 2, 'item:practice'],
      ['b', 2, 'shared'],
    ]);
  });

  it('leaves a contestant nobody scored unranked, after the ranked ones', () => {
    const ranked = rankContestants(rules, [{ contestantId: 'nobody', scores: [] }, contestant('a', [50, 20])]);
    expect(ranked.map((c) => [c.contestantId, c.rank, c.finalScore, c.separatedBy])).toEqual([
      ['a', 1, 7000, 'final-score'],
      ['nobody', null, null, null],
    ]);
  });

  it('refuses a score without points for every scheme item', () => {
    expect(() => rankContestants(rules, [{ contestantId: 'a', scores: [{ judgeId: 'j1', points: { practice: 100 } }] }])).toThrow(
      "judge j1's score has no points for item theory",
    );
  });
});
