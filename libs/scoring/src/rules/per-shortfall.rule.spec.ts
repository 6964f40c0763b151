import { inputErrorOf, oneItemTemplate } from '../../test/fixtures/scoring.fixtures';
import { scoreItem } from '../score-item';
import type { ItemDefinition, PerShortfallRule } from '../template.types';
import { validateTemplate } from '../validate-template';
import { fullStepsShort } from './per-shortfall.rule';

/** 有实效: 知晓率、参与率 100%, 满意率 95%; 每少 5 个百分点扣 10 分 (of 25). */
const effectiveness: ItemDefinition = {
  key: 'effectiveness',
  text: '有实效',
  maxPoints: 25,
  rule: {
    kind: 'per-shortfall',
    metrics: [
      { key: 'awareness', name: '知晓率', target: 100 },
      { key: 'participation', name: '参与率', target: 100 },
      { key: 'satisfaction', name: '满意率', target: 95 },
    ],
    step: 5,
    deductionPerStep: 10,
  },
};
const score = (awareness: number, participation: number, satisfaction: number) =>
  scoreItem(effectiveness, { values: { awareness, participation, satisfaction } });

describe('per-shortfall rule (每少 Y 个百分点扣 X 分)', () => {
  describe('fullStepsShort: only full steps count', () => {
    it('a partial step short deducts nothing (每少 5 个百分点: 3 points short is not yet 5)', () => {
      expect(fullStepsShort(9700, 10000, 500)).toBe(0);
      expect(fullStepsShort(9501, 10000, 500)).toBe(0);
    });

    it('exactly one step short is one step, and anything short of two steps is still one', () => {
      expect(fullStepsShort(9500, 10000, 500)).toBe(1);
      expect(fullStepsShort(9001, 10000, 500)).toBe(1);
      expect(fullStepsShort(9000, 10000, 500)).toBe(2);
    });

    it('at or above the target is no step', () => {
      expect(fullStepsShort(10000, 10000, 500)).toBe(0);
      expect(fullStepsShort(9900, 9500, 500)).toBe(0);
    });
  });

  it('gives full points when every rate is exactly at its target (95% meets 95% 以上)', () => {
    expect(score(100, 100, 95)).toMatchObject({ points: 25, deduction: 0 });
  });

  it('gives nothing extra for a rate above its target', () => {
    expect(score(100, 100, 99.5)).toMatchObject({ points: 25, deduction: 0 });
  });

  it('deducts nothing for a partial step: 3 points short of 100%', () => {
    expect(score(100, 97, 95)).toMatchObject({ points: 25, deduction: 0 });
  });

  it('deducts one step for exactly 5 points short, and still one for 9.99 short', () => {
    const oneStep = score(95, 100, 95);
    expect(oneStep).toMatchObject({ points: 15, deduction: 10 });
    expect(oneStep.explanation).toBe(
      '知晓率 95% 差 5 个百分点，计 1 档；参与率 100% 达标；满意率 95% 达标；每少 5 个百分点扣 10 分，共 1 档，扣 10 分，得 15 分' +
        ' / awareness 95% is 5 short of 100%: 1 step; participation 100% meets 100%; satisfaction 95% meets 95%; minus 10 per 5 points short: 1 step, minus 10: 15 points',
    );
    expect(score(90.01, 100, 95)).toMatchObject({ points: 15, deduction: 10 });
  });

  it('counts no step for a rate just under a 95% target (94.99%: a partial step), and one at 90%', () => {
    expect(score(100, 100, 94.99)).toMatchObject({ points: 25 });
    expect(score(100, 100, 90)).toMatchObject({ points: 15 });
  });

  it('adds the steps of every metric', () => {
    // awareness 5 short of 100 = 1 step, satisfaction 5 short of 95 = 1 step: 2 steps, minus 20.
    expect(score(95, 100, 90)).toMatchObject({ points: 5, deduction: 20 });
  });

  it('never goes below 0 (扣完为止 is implied by a 25-point item)', () => {
    const floored = score(90, 100, 90);
    expect(floored).toMatchObject({ points: 0, deduction: 25 });
    expect(floored.explanation).toContain('（扣完为止）');
    expect(score(0, 0, 0)).toMatchObject({ points: 0, deduction: 25 });
  });

  it.each([
    [{ awareness: 101, participation: 100, satisfaction: 95 }, 'items.effectiveness.values.awareness: must be a percentage from 0 to 100; got 101'],
    [{ awareness: -1, participation: 100, satisfaction: 95 }, 'items.effectiveness.values.awareness: must be a percentage from 0 to 100; got -1'],
    [{ awareness: 96.125, participation: 100, satisfaction: 95 }, 'items.effectiveness.values.awareness: must have at most 2 decimals; got 96.125'],
    [{ awareness: '96', participation: 100, satisfaction: 95 }, 'items.effectiveness.values.awareness: must be a number'],
    [{ awareness: 100, participation: 100 }, 'items.effectiveness.values.satisfaction: is required (满意率)'],
    [
      { awareness: 100, participation: 100, satisfaction: 95, attendance: 90 },
      'items.effectiveness.values.attendance: is not a metric of this item (metrics: awareness, participation, satisfaction)',
    ],
  ])('refuses values %j', (values, message) => {
    expect(inputErrorOf(() => scoreItem(effectiveness, { values })).message).toBe(message);
  });

  it('refuses values that are not an object of percentages', () => {
    expect(inputErrorOf(() => scoreItem(effectiveness, { values: [100, 100, 95] })).path).toBe('items.effectiveness.values');
  });

  describe('in a template', () => {
    const withRule = (rule: Partial<PerShortfallRule>): ItemDefinition => ({
      ...effectiveness,
      rule: { ...(effectiveness.rule as PerShortfallRule), ...rule },
    });
    const problemsOf = (rule: Partial<PerShortfallRule>) => validateTemplate(oneItemTemplate(withRule(rule)));

    it('needs targets within (0, 100]', () => {
      expect(problemsOf({ metrics: [{ key: 'a', name: 'A', target: 0 }] })).toEqual([
        { path: 'categories[0].items[0].rule.metrics[0].target', message: 'must be more than 0 and at most 100 (percent); got 0' },
      ]);
      expect(problemsOf({ metrics: [{ key: 'a', name: 'A', target: 100.5 }] })[0].path).toBe('categories[0].items[0].rule.metrics[0].target');
    });

    it('needs a step and a deduction of more than 0', () => {
      expect(problemsOf({ step: 0, deductionPerStep: -10 })).toEqual([
        { path: 'categories[0].items[0].rule.step', message: 'must be more than 0 and at most 100 (percent); got 0' },
        { path: 'categories[0].items[0].rule.deductionPerStep', message: 'must be more than 0' },
      ]);
    });

    it('needs unique metric keys and at least one metric', () => {
      expect(problemsOf({ metrics: [{ key: 'a', name: 'A', target: 90 }, { key: 'a', name: 'B', target: 95 }] })).toEqual([
        {
          path: 'categories[0].items[0].rule.metrics[1].key',
          message: '"a" is already used at categories[0].items[0].rule.metrics[0].key; keys must be unique',
        },
      ]);
      expect(problemsOf({ metrics: [] })).toEqual([{ path: 'categories[0].items[0].rule.metrics', message: 'must list at least one metric' }]);
    });
  });
});
