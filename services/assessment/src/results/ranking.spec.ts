import { levelOfUnitKind, rankByScore } from './ranking';

describe('ranking', () => {
  it('ranks by score, highest first, equal scores sharing a rank and the next rank skipped (1, 2, 2, 4)', () => {
    const ranked = rankByScore([
      { unitId: 'c', score: 92 },
      { unitId: 'a', score: 97.5 },
      { unitId: 'd', score: 80 },
      { unitId: 'b', score: 92 },
    ]);
    expect(ranked.map((r) => [r.unitId, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('ranks nothing when there is nothing, and a single unit first', () => {
    expect(rankByScore([])).toEqual([]);
    expect(rankByScore([{ unitId: 'x', score: 0 }])).toEqual([{ unitId: 'x', score: 0, rank: 1 }]);
  });

  it('puts teams and enterprises on their own levels', () => {
    expect(levelOfUnitKind('team')).toBe('team');
    expect(levelOfUnitKind('enterprise_union')).toBe('enterprise');
  });
});
