import { formatPoints, tenthsOf, tenthsOfChecked } from './points';
import { checkPositivePoints, checkUniqueKeys } from './rules/definition-checks';
import { scoringRuleFor } from './rules/rule-registry';
import { InvalidTemplateError, type TemplateProblem } from './scoring.errors';
import { shapeProblems } from './template.schema';
import type { TemplateDefinition } from './template.types';

/**
 * Everything wrong with a template definition (an empty list when it is valid): first its JSON shape,
 * then, on a well-shaped definition, whether it adds up:
 * - category keys are unique, and item keys are unique across the whole template (inputs are keyed by them);
 * - every points value is more than 0 with at most one decimal;
 * - an item's maxPoints add up to its category's points, and the categories to totalPoints (the form's 合计);
 * - passThreshold is more than 0 and at most totalPoints;
 * - each rule fits its item (see the rule's checkDefinition).
 */
export function validateTemplate(json: unknown): TemplateProblem[] {
  const shape = shapeProblems(json);
  if (shape.length > 0) return shape;
  const def = json as TemplateDefinition;
  return [...keyProblems(def), ...pointsProblems(def), ...ruleProblems(def)];
}

/** The definition, typed, if it is valid; otherwise an InvalidTemplateError listing every problem. */
export function parseTemplate(json: unknown): TemplateDefinition {
  const problems = validateTemplate(json);
  if (problems.length > 0) throw new InvalidTemplateError(problems);
  return json as TemplateDefinition;
}

function keyProblems(def: TemplateDefinition): TemplateProblem[] {
  const items = def.categories.flatMap((category, c) => category.items.map((item, i) => ({ key: item.key, path: `categories[${c}].items[${i}].key` })));
  return [
    ...checkUniqueKeys(
      def.categories.map((category) => category.key),
      (c) => `categories[${c}].key`,
    ),
    ...checkUniqueKeys(
      items.map((item) => item.key),
      (index) => items[index].path,
    ),
  ];
}

function pointsProblems(def: TemplateDefinition): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  let categoriesTenths = 0;
  let categoriesAddUp = true;
  def.categories.forEach((category, c) => {
    const categoryProblems = checkPositivePoints(category.points, `categories[${c}].points`);
    problems.push(...categoryProblems);
    let itemsTenths = 0;
    let itemsAddUp = categoryProblems.length === 0;
    category.items.forEach((item, i) => {
      const itemProblems = checkPositivePoints(item.maxPoints, `categories[${c}].items[${i}].maxPoints`);
      problems.push(...itemProblems);
      if (itemProblems.length > 0) itemsAddUp = false;
      else itemsTenths += tenthsOfChecked(item.maxPoints);
    });
    // Only compare sums of values that are themselves fine; otherwise the first problem says enough.
    if (itemsAddUp && itemsTenths !== tenthsOf(category.points)) {
      problems.push({
        path: `categories[${c}].points`,
        message: `is ${category.points} but its items' maxPoints add up to ${formatPoints(itemsTenths)}`,
      });
    }
    if (categoryProblems.length > 0) categoriesAddUp = false;
    else categoriesTenths += tenthsOfChecked(category.points);
  });

  const totalProblems = checkPositivePoints(def.totalPoints, 'totalPoints');
  problems.push(...totalProblems);
  if (totalProblems.length === 0 && categoriesAddUp && categoriesTenths !== tenthsOf(def.totalPoints)) {
    problems.push({ path: 'totalPoints', message: `is ${def.totalPoints} but the categories' points add up to ${formatPoints(categoriesTenths)}` });
  }

  const thresholdProblems = checkPositivePoints(def.passThreshold, 'passThreshold');
  problems.push(...thresholdProblems);
  if (thresholdProblems.length === 0 && totalProblems.length === 0 && def.passThreshold > def.totalPoints) {
    problems.push({ path: 'passThreshold', message: `must be at most totalPoints (${def.totalPoints}); got ${def.passThreshold}` });
  }
  return problems;
}

function ruleProblems(def: TemplateDefinition): TemplateProblem[] {
  return def.categories.flatMap((category, c) =>
    category.items.flatMap((item, i) => scoringRuleFor(item.rule).checkDefinition(item.rule, item, `categories[${c}].items[${i}].rule`)),
  );
}
