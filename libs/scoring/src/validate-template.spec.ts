import { InvalidTemplateError } from './scoring.errors';
import { copyOf } from '../test/fixtures/scoring.fixtures';
import { pioneerTeamAssessment2018 } from './templates/pioneer-team-assessment-2018';
import type { TemplateDefinition } from './template.types';
import { parseTemplate, validateTemplate } from './validate-template';

/** A copy of attachment 3 broken by `edit`, and its problems. */
function problemsAfter(edit: (def: TemplateDefinition & Record<string, unknown>) => void) {
  const def = copyOf(pioneerTeamAssessment2018) as TemplateDefinition & Record<string, unknown>;
  edit(def);
  return validateTemplate(def);
}

describe('validateTemplate', () => {
  it('finds no problem in a valid template', () => {
    expect(validateTemplate(pioneerTeamAssessment2018)).toEqual([]);
  });

  describe('shape (malformed JSON is refused with paths)', () => {
    it('refuses what is not an object, and names each missing field', () => {
      expect(validateTemplate(null)).toEqual([{ path: '', message: 'must be an object' }]);
      expect(validateTemplate({}).map((problem) => problem.path)).toEqual(['code', 'name', 'totalPoints', 'passThreshold', 'categories']);
    });

    it('refuses a misspelt field instead of ignoring it', () => {
      expect(
        problemsAfter((def) => {
          def.categories[0].items[0].rule = { kind: 'per-missing', required: 4, deductionPerMising: 5 } as never;
        }),
      ).toEqual([
        { path: 'categories[0].items[0].rule.deductionPerMissing', message: 'is required' },
        { path: 'categories[0].items[0].rule.deductionPerMising', message: 'is not a known field' },
      ]);
    });

    it('refuses an unknown rule kind', () => {
      expect(problemsAfter((def) => (def.categories[2].items[5].rule = { kind: 'weighted' } as never))).toEqual([
        { path: 'categories[2].items[5].rule.kind', message: 'kind must be one of presence, per-missing, per-shortfall, judged' },
      ]);
    });

    it('refuses wrong types, empty texts, empty lists and keys that do not fit in a path', () => {
      expect(
        problemsAfter((def) => {
          def.totalPoints = '100' as never;
          def.categories[0].name = ' ';
          def.categories[1].items[0].key = '有活动';
          def.categories[2].items = [];
        }),
      ).toEqual([
        { path: 'totalPoints', message: 'must be a number' },
        { path: 'categories[0].name', message: 'must not be empty' },
        { path: 'categories[1].items[0].key', message: 'must be 1 to 64 letters, digits, - or _ (starting with a letter or digit)' },
        { path: 'categories[2].items', message: 'must list at least one item' },
      ]);
    });
  });

  describe('sums and ranges', () => {
    it("needs an item's maxPoints to add up to its category's points", () => {
      expect(problemsAfter((def) => (def.categories[1].items[0].maxPoints = 10))).toContainEqual({
        path: 'categories[1].points',
        message: "is 50 but its items' maxPoints add up to 45",
      });
    });

    it('needs the categories to add up to totalPoints (the form’s 合计)', () => {
      expect(problemsAfter((def) => (def.totalPoints = 110))).toEqual([
        { path: 'totalPoints', message: "is 110 but the categories' points add up to 100" },
      ]);
    });

    it('needs passThreshold within (0, totalPoints]', () => {
      expect(problemsAfter((def) => (def.passThreshold = 0))).toEqual([{ path: 'passThreshold', message: 'must be more than 0' }]);
      expect(problemsAfter((def) => (def.passThreshold = 100.5))).toEqual([
        { path: 'passThreshold', message: 'must be at most totalPoints (100); got 100.5' },
      ]);
      expect(problemsAfter((def) => (def.passThreshold = 100))).toEqual([]);
    });

    it('keeps points to one decimal and above 0', () => {
      expect(problemsAfter((def) => (def.categories[2].items[0].maxPoints = -5))).toContainEqual({
        path: 'categories[2].items[0].maxPoints',
        message: 'must be more than 0',
      });
      expect(problemsAfter((def) => (def.categories[0].points = 20.05))).toContainEqual({
        path: 'categories[0].points',
        message: 'must have at most 1 decimal (points are kept to 0.1)',
      });
    });
  });

  describe('keys', () => {
    it('needs category keys unique, and item keys unique across the whole template', () => {
      expect(
        problemsAfter((def) => {
          def.categories[2].key = 'yi-quan';
          def.categories[2].items[0].key = 'documents';
        }),
      ).toEqual([
        { path: 'categories[2].key', message: '"yi-quan" is already used at categories[0].key; keys must be unique' },
        { path: 'categories[2].items[0].key', message: '"documents" is already used at categories[0].items[0].key; keys must be unique' },
      ]);
    });
  });

  describe('rules', () => {
    it("names the rule parameter at fault by its full path (categories[1].items[0].rule.deductionPerMissing)", () => {
      expect(problemsAfter((def) => ((def.categories[1].items[0].rule as { deductionPerMissing: number }).deductionPerMissing = 0))).toEqual([
        { path: 'categories[1].items[0].rule.deductionPerMissing', message: 'must be more than 0' },
      ]);
    });
  });
});

describe('parseTemplate', () => {
  it('returns a valid definition as it is', () => {
    expect(parseTemplate(copyOf(pioneerTeamAssessment2018))).toEqual(pioneerTeamAssessment2018);
  });

  it('throws an InvalidTemplateError listing every problem with its path', () => {
    const def = copyOf(pioneerTeamAssessment2018);
    (def.categories[1].items[0].rule as { deductionPerMissing: number }).deductionPerMissing = 0;
    def.passThreshold = 0;
    let thrown: unknown;
    try {
      parseTemplate(def);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidTemplateError);
    const error = thrown as InvalidTemplateError;
    expect(error.code).toBe('SCORING_INVALID_TEMPLATE');
    expect(error.problems).toHaveLength(2);
    expect(error.message).toBe(
      'the template has 2 problems: passThreshold: must be more than 0; categories[1].items[0].rule.deductionPerMissing: must be more than 0',
    );
  });
});
