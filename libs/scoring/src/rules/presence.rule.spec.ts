import { inputErrorOf, oneItemTemplate } from '../../test/fixtures/scoring.fixtures';
import { scoreItem } from '../score-item';
import type { ItemDefinition } from '../template.types';
import { validateTemplate } from '../validate-template';

const slogan: ItemDefinition = { key: 'wall-slogan', text: '口号', maxPoints: 5, rule: { kind: 'presence', points: 5 } };

describe('presence rule (六上墙: on the wall or not)', () => {
  it('gives all the points when the thing is there', () => {
    expect(scoreItem(slogan, { present: true })).toEqual({ points: 5, deduction: 0, explanation: '有，得 5 分 / present: 5 points' });
  });

  it('gives nothing when it is not', () => {
    expect(scoreItem(slogan, { present: false })).toMatchObject({ points: 0, deduction: 5 });
  });

  it('accepts only true or false, not a truthy string', () => {
    const error = inputErrorOf(() => scoreItem(slogan, { present: 'yes' }));
    expect(error.path).toBe('items.wall-slogan.present');
    expect(error.message).toBe('items.wall-slogan.present: must be true or false');
  });

  it('refuses an input without the field, with another field, or that is not an object', () => {
    expect(inputErrorOf(() => scoreItem(slogan, {})).message).toBe('items.wall-slogan.present: is required');
    expect(inputErrorOf(() => scoreItem(slogan, { present: true, points: 5 })).path).toBe('items.wall-slogan.points');
    expect(inputErrorOf(() => scoreItem(slogan, true)).path).toBe('items.wall-slogan');
    expect(inputErrorOf(() => scoreItem(slogan, null)).path).toBe('items.wall-slogan');
  });

  it("is refused in a template when its points differ from the item's maxPoints", () => {
    const item: ItemDefinition = { ...slogan, rule: { kind: 'presence', points: 4 } };
    expect(validateTemplate(oneItemTemplate(item))).toEqual([
      { path: 'categories[0].items[0].rule.points', message: "must equal the item's maxPoints (5); got 4" },
    ]);
  });
});
