import { byAboveScaleShareAscending, compareWithTarget, coverageFigures, noCoverage } from './coverage-figures';

describe('coverage figures', () => {
  it('compares a share with the target in percentage points, exactly at the boundary', () => {
    expect(compareWithTarget(3, 4, 0.8)).toEqual({ share: 0.75, meetsTarget: false, gapPoints: 5 });
    expect(compareWithTarget(4, 5, 0.8)).toEqual({ share: 0.8, meetsTarget: true, gapPoints: 0 });
    expect(compareWithTarget(2, 3, 0.8)).toEqual({ share: 0.6667, meetsTarget: false, gapPoints: 13.33 });
    expect(compareWithTarget(0, 7, 0)).toEqual({ share: 0, meetsTarget: true, gapPoints: 0 });
  });

  it('has no share, rather than 0%, when there is nothing to count', () => {
    expect(compareWithTarget(0, 0, 0.8)).toEqual({ share: null, meetsTarget: null, gapPoints: null });
    expect(coverageFigures(noCoverage, 0.8).workers).toEqual({ headcount: 0, participants: 0, rate: null, meetsTarget: null, gapPoints: null });
  });

  it('orders children lagging first, those without above-scale enterprises last, ties by all enterprises then id', () => {
    const child = (id: string, above: number | null, all: number | null) => ({ id, aboveScale: { share: above }, all: { share: all } });
    const sorted = [child('d', null, 0.2), child('c', 0.5, 0.9), child('b', 0.5, 0.4), child('a', 0.9, 0.1), child('e', 0.5, 0.4)].sort(byAboveScaleShareAscending);
    expect(sorted.map((c) => c.id)).toEqual(['b', 'e', 'c', 'a', 'd']);
  });
});
