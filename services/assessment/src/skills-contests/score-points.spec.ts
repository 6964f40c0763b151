import { checkPoints, SchemeItem } from './score-points';

const scheme: SchemeItem[] = [
  { key: 'practice', name: '实际操作', max_centipoints: 7000 },
  { key: 'theory', name: '理论知识', max_centipoints: 3000 },
];

describe('checkPoints', () => {
  it('takes one value per item, from 0 to its maximum, and sums them in hundredths', () => {
    expect(checkPoints(scheme, { practice: 70, theory: 18.55 })).toEqual({ ok: true, points: { practice: 7000, theory: 1855 }, total: 8855 });
    expect(checkPoints(scheme, { practice: 0, theory: 0 })).toEqual({ ok: true, points: { practice: 0, theory: 0 }, total: 0 });
  });

  it('refuses points over the maximum, naming the item and its maximum', () => {
    expect(checkPoints(scheme, { practice: 70.01, theory: 20 })).toEqual({
      ok: false,
      problems: ["points.practice: 70.01 is over the item's maximum of 70.00 (实际操作)"],
    });
  });

  it('names every problem: unknown, missing, negative, too precise, not a number', () => {
    const result = checkPoints(scheme, { practise: 50, theory: -1 });
    expect(result).toEqual({
      ok: false,
      problems: [
        "points.practise: the scheme has no item 'practise'; its items are practice, theory",
        'points.practice: missing; give points for every item of the scheme, here practice (实际操作, at most 70.00)',
        'points.theory: must not be negative',
      ],
    });
    expect(checkPoints(scheme, { practice: 50.005, theory: '20' })).toEqual({
      ok: false,
      problems: ['points.practice: must be a number with at most two decimals', 'points.theory: must be a number with at most two decimals'],
    });
  });
});
