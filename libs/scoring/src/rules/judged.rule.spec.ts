import { inputErrorOf, oneItemTemplate } from '../../test/fixtures/scoring.fixtures';
import { scoreItem } from '../score-item';
import type { ItemDefinition } from '../template.types';
import { validateTemplate } from '../validate-template';

const halfPoints: ItemDefinition = { key: 'b2', text: '技术创新', maxPoints: 15, rule: { kind: 'judged', step: 0.5 } };
const tenths: ItemDefinition = { key: 'b3', text: '经济效益', maxPoints: 10, rule: { kind: 'judged' } };

describe('judged rule (a judge gives points within [0, maxPoints])', () => {
  it('takes the points given, from 0 to full marks', () => {
    expect(scoreItem(halfPoints, { points: 0 })).toMatchObject({ points: 0, deduction: 15 });
    expect(scoreItem(halfPoints, { points: 15 })).toMatchObject({ points: 15, deduction: 0 });
    expect(scoreItem(halfPoints, { points: 12.5 })).toEqual({
      points: 12.5,
      deduction: 2.5,
      explanation: '评分 12.5 分（满分 15 分）/ judged 12.5 of 15 points',
    });
  });

  it('refuses more than the item holds', () => {
    const error = inputErrorOf(() => scoreItem(halfPoints, { points: 16 }));
    expect(error.path).toBe('items.b2.points');
    expect(error.message).toBe("items.b2.points: 16 is more than the item's 15 points");
    expect(inputErrorOf(() => scoreItem(halfPoints, { points: 15.5 })).message).toContain('is more than');
  });

  it('refuses negative points and non-numbers', () => {
    expect(inputErrorOf(() => scoreItem(halfPoints, { points: -0.5 })).message).toBe('items.b2.points: must be 0 or more; got -0.5');
    expect(inputErrorOf(() => scoreItem(halfPoints, { points: '12' })).message).toBe('items.b2.points: must be a number');
  });

  it("keeps points on the rule's step", () => {
    expect(inputErrorOf(() => scoreItem(halfPoints, { points: 12.3 })).message).toBe('items.b2.points: must be a multiple of 0.5; got 12.3');
  });

  it('without a step, keeps points to one decimal', () => {
    expect(scoreItem(tenths, { points: 7.3 })).toMatchObject({ points: 7.3, deduction: 2.7 });
    expect(inputErrorOf(() => scoreItem(tenths, { points: 7.35 })).message).toBe('items.b3.points: must have at most 1 decimal; got 7.35');
  });

  describe('in a template', () => {
    it('needs a step of more than 0 that divides the maximum, so full marks can be given', () => {
      expect(validateTemplate(oneItemTemplate({ ...halfPoints, rule: { kind: 'judged', step: 0 } }))).toEqual([
        { path: 'categories[0].items[0].rule.step', message: 'must be more than 0' },
      ]);
      expect(validateTemplate(oneItemTemplate({ ...halfPoints, rule: { kind: 'judged', step: 4 } }))).toEqual([
        { path: 'categories[0].items[0].rule.step', message: "must divide the item's 15 points; 4 does not" },
      ]);
      expect(validateTemplate(oneItemTemplate({ ...halfPoints, rule: { kind: 'judged', step: 0.25 } }))).toEqual([
        { path: 'categories[0].items[0].rule.step', message: 'must have at most 1 decimal (points are kept to 0.1)' },
      ]);
    });
  });
});
