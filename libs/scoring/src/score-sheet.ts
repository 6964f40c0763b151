import { pointsOf, tenthsOfChecked } from './points';
import { scoreItemInTenths } from './score-item';
import { ScoringInputError, type InputProblem } from './scoring.errors';
import type { SheetCategoryScore, SheetInputs, SheetItemScore, SheetScore } from './template.types';
import { parseTemplate } from './validate-template';

/**
 * Scores a whole sheet (a unit's self assessment 自评分, or the reviewer's 考核分: the same engine, two sets
 * of inputs). Subtotals and the total are always computed here, never taken from what someone typed.
 *
 * - The template is validated first (InvalidTemplateError): scoring a broken form would give wrong totals.
 * - Inputs are keyed by item key; an item without input is unscored and counts 0, and `complete` is false.
 * - Every input problem of the sheet is reported at once in one ScoringInputError (`problems`), so a
 *   reviewer fixes the whole sheet in one pass; an input for an item the template does not have is one.
 */
export function scoreSheet(template: unknown, inputs: SheetInputs): SheetScore {
  const def = parseTemplate(template);
  if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) {
    throw ScoringInputError.at('items', 'must be an object of inputs keyed by item key');
  }

  const problems: InputProblem[] = [];
  const itemKeys = new Set(def.categories.flatMap((category) => category.items.map((item) => item.key)));
  for (const key of Object.keys(inputs)) {
    if (!itemKeys.has(key)) problems.push({ path: `items.${key}`, message: `is not an item of template ${def.code}` });
  }

  const items: SheetItemScore[] = [];
  const categories: SheetCategoryScore[] = [];
  let totalTenths = 0;
  for (const category of def.categories) {
    let categoryTenths = 0;
    for (const item of category.items) {
      const max = item.maxPoints;
      const input = Object.hasOwn(inputs, item.key) ? inputs[item.key] : undefined;
      if (input === undefined) {
        items.push({ key: item.key, category: category.key, max, points: 0, deduction: 0, scored: false, explanation: '未评分 / not scored yet' });
        continue;
      }
      try {
        const scored = scoreItemInTenths(item, input);
        categoryTenths += scored.pointsTenths;
        items.push({
          key: item.key,
          category: category.key,
          max,
          points: pointsOf(scored.pointsTenths),
          deduction: pointsOf(scored.deductionTenths),
          scored: true,
          explanation: scored.explanation,
        });
      } catch (error) {
        if (!(error instanceof ScoringInputError)) throw error;
        problems.push(...error.problems);
      }
    }
    categories.push({ key: category.key, points: pointsOf(categoryTenths), max: category.points });
    totalTenths += categoryTenths;
  }
  if (problems.length > 0) throw new ScoringInputError(problems);

  const unscored = items.filter((item) => !item.scored).map((item) => item.key);
  return {
    templateCode: def.code,
    items,
    categories,
    total: pointsOf(totalTenths),
    max: def.totalPoints,
    passThreshold: def.passThreshold,
    passed: totalTenths >= tenthsOfChecked(def.passThreshold),
    complete: unscored.length === 0,
    unscored,
  };
}
