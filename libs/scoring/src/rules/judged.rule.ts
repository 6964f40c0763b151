import { z } from 'zod';
import { POINT_DECIMALS, formatPoints, pointsOf, tenthsOf, tenthsOfChecked } from '../points';
import { ScoringInputError, type TemplateProblem } from '../scoring.errors';
import type { JudgedRule } from '../template.types';
import { checkPositivePoints } from './definition-checks';
import { readFields, readNumber } from './input-fields';
import type { ScoringRule } from './scoring-rule';

/** Shape of the rule's parameters in the stored JSON. */
export const judgedRuleSchema = z.strictObject({
  kind: z.literal('judged'),
  step: z.number().optional(),
}) satisfies z.ZodType<JudgedRule>;

/**
 * A reviewer or judge gives points within [0, maxPoints]. With a `step` (e.g. 0.5) the points must lie on
 * that grid, so that every judge scores on the same scale; without one, on the engine's 0.1 grid.
 */
export const judgedRule: ScoringRule<JudgedRule> = {
  kind: 'judged',

  checkDefinition(rule, item, path) {
    if (rule.step === undefined) return [];
    const problems: TemplateProblem[] = checkPositivePoints(rule.step, `${path}.step`);
    const stepTenths = tenthsOf(rule.step);
    const maxTenths = tenthsOf(item.maxPoints);
    // A step that does not divide the maximum would make full marks impossible to give.
    if (problems.length === 0 && stepTenths !== null && maxTenths !== null && maxTenths % stepTenths !== 0) {
      problems.push({ path: `${path}.step`, message: `must divide the item's ${item.maxPoints} points; ${rule.step} does not` });
    }
    return problems;
  },

  score(rule, maxTenths, input, path) {
    const fields = readFields(input, path, ['points'], '{ "points": 8.5 }');
    const pointsPath = `${path}.points`;
    const value = readNumber(fields.points, pointsPath);
    const max = formatPoints(maxTenths);
    if (value < 0) throw ScoringInputError.at(pointsPath, `must be 0 or more; got ${value}`);
    if (value > pointsOf(maxTenths)) throw ScoringInputError.at(pointsPath, `${value} is more than the item's ${max} points`);
    const tenths = tenthsOf(value);
    if (tenths === null) throw ScoringInputError.at(pointsPath, `must have at most ${POINT_DECIMALS} decimal; got ${value}`);
    if (rule.step !== undefined && tenths % tenthsOfChecked(rule.step) !== 0) {
      throw ScoringInputError.at(pointsPath, `must be a multiple of ${rule.step}; got ${value}`);
    }
    const points = formatPoints(tenths);
    return { deductionTenths: maxTenths - tenths, explanation: `评分 ${points} 分（满分 ${max} 分）/ judged ${points} of ${max} points` };
  },
};
