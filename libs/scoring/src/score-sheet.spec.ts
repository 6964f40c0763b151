import { scoreSheet } from './score-sheet';
import { InvalidTemplateError, ScoringInputError } from './scoring.errors';
import { copyOf, inputErrorOf } from '../test/fixtures/scoring.fixtures';
import type { TemplateDefinition } from './template.types';

/** Two categories: a judged one on the 0.1 grid (to prove exact sums) and a presence one. */
const small: TemplateDefinition = {
  code: 'small',
  name: '小表',
  totalPoints: 10,
  passThreshold: 6,
  categories: [
    {
      key: 'judged',
      name: '评分',
      points: 5,
      items: [
        { key: 'j1', text: '一', maxPoints: 2.5, rule: { kind: 'judged' } },
        { key: 'j2', text: '二', maxPoints: 2.5, rule: { kind: 'judged' } },
      ],
    },
    { key: 'wall', name: '上墙', points: 5, items: [{ key: 'w1', text: '口号', maxPoints: 5, rule: { kind: 'presence', points: 5 } }] },
  ],
};

describe('scoreSheet', () => {
  it('adds items into category subtotals and a total, exactly (0.1 + 0.2 is 0.3)', () => {
    const sheet = scoreSheet(small, { j1: { points: 0.1 }, j2: { points: 0.2 }, w1: { present: true } });
    expect(sheet.items.map(({ key, category, points, max, scored }) => ({ key, category, points, max, scored }))).toEqual([
      { key: 'j1', category: 'judged', points: 0.1, max: 2.5, scored: true },
      { key: 'j2', category: 'judged', points: 0.2, max: 2.5, scored: true },
      { key: 'w1', category: 'wall', points: 5, max: 5, scored: true },
    ]);
    expect(sheet.categories).toEqual([
      { key: 'judged', points: 0.3, max: 5 },
      { key: 'wall', points: 5, max: 5 },
    ]);
    expect(sheet.total).toBe(5.3);
    expect(sheet).toMatchObject({ templateCode: 'small', max: 10, passThreshold: 6, passed: false, complete: true, unscored: [] });
  });

  it('passes at exactly the threshold and fails a tenth below it', () => {
    expect(scoreSheet(small, { j1: { points: 1 }, j2: { points: 0 }, w1: { present: true } })).toMatchObject({ total: 6, passed: true });
    expect(scoreSheet(small, { j1: { points: 0.9 }, j2: { points: 0 }, w1: { present: true } })).toMatchObject({ total: 5.9, passed: false });
  });

  it('counts an item without input as 0 and marks the sheet incomplete', () => {
    const sheet = scoreSheet(small, { w1: { present: true } });
    expect(sheet).toMatchObject({ total: 5, complete: false, unscored: ['j1', 'j2'], passed: false });
    expect(sheet.items[0]).toEqual({ key: 'j1', category: 'judged', max: 2.5, points: 0, deduction: 0, scored: false, explanation: '未评分 / not scored yet' });
  });

  it('can already pass while incomplete, since the missing items can only add points', () => {
    expect(scoreSheet(small, { j1: { points: 2.5 }, w1: { present: true } })).toMatchObject({ total: 7.5, passed: true, complete: false });
  });

  it('reports every input problem of the sheet at once, each at its path', () => {
    const error = inputErrorOf(() => scoreSheet(small, { j1: { points: 3 }, w1: { present: 1 }, w9: { present: true } }));
    expect(error.code).toBe('SCORING_INVALID_INPUT');
    expect(error.path).toBe('items.w9');
    expect(error.problems).toEqual([
      { path: 'items.w9', message: 'is not an item of template small' },
      { path: 'items.j1.points', message: "3 is more than the item's 2.5 points" },
      { path: 'items.w1.present', message: 'must be true or false' },
    ]);
  });

  it('does not mistake an inherited property for an input', () => {
    const template = copyOf(small);
    template.categories[1].items[0].key = 'constructor';
    expect(scoreSheet(template, {})).toMatchObject({ complete: false, unscored: ['j1', 'j2', 'constructor'] });
  });

  it('refuses inputs that are not an object', () => {
    expect(inputErrorOf(() => scoreSheet(small, [] as never)).message).toBe('items: must be an object of inputs keyed by item key');
  });

  it('refuses to score against an invalid template', () => {
    const broken = copyOf(small);
    broken.totalPoints = 11;
    expect(() => scoreSheet(broken, {})).toThrow(InvalidTemplateError);
  });

  it('does not change the inputs or the template', () => {
    const template = copyOf(small);
    const inputs = { j1: { points: 1 }, w1: { present: false } };
    scoreSheet(template, inputs);
    expect(template).toEqual(small);
    expect(inputs).toEqual({ j1: { points: 1 }, w1: { present: false } });
  });

  it('throws errors of the ScoringInputError class for bad inputs, not plain Errors', () => {
    expect(() => scoreSheet(small, { j1: { points: -1 } })).toThrow(ScoringInputError);
  });
});
