import { inputErrorOf, oneItemTemplate } from '../../test/fixtures/scoring.fixtures';
import { scoreItem } from '../score-item';
import type { ItemDefinition, PerMissingRule } from '../template.types';
import { validateTemplate } from '../validate-template';

/** 一全: 4 files, 每少 1 项扣 5 分，扣完为止. */
const documents: ItemDefinition = {
  key: 'documents',
  text: '创建活动文件齐全',
  maxPoints: 20,
  rule: { kind: 'per-missing', required: 4, deductionPerMissing: 5 },
};

describe('per-missing rule (每少 1 项扣 X 分，扣完为止)', () => {
  it('gives full points when every required unit is provided', () => {
    expect(scoreItem(documents, { provided: 4 })).toMatchObject({ points: 20, deduction: 0 });
  });

  it('deducts once per missing unit', () => {
    expect(scoreItem(documents, { provided: 3 })).toEqual({
      points: 15,
      deduction: 5,
      explanation: '少 1 项（应有 4 项），每项扣 5 分，扣 5 分，得 15 分 / 1 of 4 missing, minus 5 each: 15 points',
    });
    expect(scoreItem(documents, { provided: 1 })).toMatchObject({ points: 5, deduction: 15 });
  });

  it('reaches exactly 0 when nothing is provided', () => {
    expect(scoreItem(documents, { provided: 0 })).toMatchObject({ points: 0, deduction: 20 });
  });

  it('never goes below 0 when the deductions add up to more than the item (扣完为止)', () => {
    // 4 per missing × 5 required = 20 > 15: from the fourth missing unit on, the floor holds.
    const item: ItemDefinition = { key: 'a1', text: '活动', maxPoints: 15, rule: { kind: 'per-missing', required: 5, deductionPerMissing: 4 } };
    expect(scoreItem(item, { provided: 2 })).toMatchObject({ points: 3, deduction: 12 });
    const floored = scoreItem(item, { provided: 1 });
    expect(floored).toMatchObject({ points: 0, deduction: 15 });
    expect(floored.explanation).toContain('扣完为止');
    expect(scoreItem(item, { provided: 0 })).toMatchObject({ points: 0, deduction: 15 });
  });

  it('refuses more provided than required rather than reading it as complete', () => {
    const error = inputErrorOf(() => scoreItem(documents, { provided: 5 }));
    expect(error.message).toBe('items.documents.provided: 5 is more than the 4 required; count each required unit once');
  });

  it.each([[-1], [2.5], ['3'], [null], [Number.NaN]])('refuses %p as a count: only whole numbers ≥ 0', (provided) => {
    const error = inputErrorOf(() => scoreItem(documents, { provided }));
    expect(error.path).toBe('items.documents.provided');
    expect(error.message).toContain('must be a whole number ≥ 0');
  });

  describe('in a template', () => {
    const withRule = (rule: Partial<PerMissingRule>): ItemDefinition => ({ ...documents, rule: { ...(documents.rule as PerMissingRule), ...rule } });

    it('needs at least one required unit and a deduction of more than 0', () => {
      expect(validateTemplate(oneItemTemplate(withRule({ required: 0 })))).toContainEqual({
        path: 'categories[0].items[0].rule.required',
        message: 'must be at least 1; got 0',
      });
      expect(validateTemplate(oneItemTemplate(withRule({ deductionPerMissing: 0 })))).toEqual([
        { path: 'categories[0].items[0].rule.deductionPerMissing', message: 'must be more than 0' },
      ]);
    });

    it('needs deductions that can use the item up, so that providing nothing scores 0', () => {
      expect(validateTemplate(oneItemTemplate(withRule({ deductionPerMissing: 4 })))).toEqual([
        {
          path: 'categories[0].items[0].rule.deductionPerMissing',
          message: "4 × 4 required = 16 is less than the item's 20 points, so a sheet with nothing provided would still score 4",
        },
      ]);
    });

    it('refuses a required count that is not a whole number', () => {
      expect(validateTemplate(oneItemTemplate(withRule({ required: 2.5 })))).toEqual([
        { path: 'categories[0].items[0].rule.required', message: 'must be a whole number' },
      ]);
    });
  });
});
