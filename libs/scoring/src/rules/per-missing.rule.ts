import { z } from 'zod';
import { formatPoints, tenthsOf, tenthsOfChecked } from '../points';
import { ScoringInputError, type TemplateProblem } from '../scoring.errors';
import type { PerMissingRule } from '../template.types';
import { checkPositivePoints } from './definition-checks';
import { readFields } from './input-fields';
import type { ScoringRule } from './scoring-rule';

/** Shape of the rule's parameters in the stored JSON. */
export const perMissingRuleSchema = z.strictObject({
  kind: z.literal('per-missing'),
  required: z.int(),
  deductionPerMissing: z.number(),
}) satisfies z.ZodType<PerMissingRule>;

/**
 * 每少 1 项扣 X 分，扣完为止: the item expects `required` units (files, activities, pictures); each one
 * missing costs `deductionPerMissing`, and the item never goes below 0.
 *
 * Input `provided` counts the required units that were provided, so it is a whole number from 0 to
 * `required`. More than `required` is refused, not clamped: it is a typing slip (40 files for 4) or a
 * count of something else (every activity held, not the required ones), and either should be fixed by
 * the person entering it rather than silently read as "complete".
 */
export const perMissingRule: ScoringRule<PerMissingRule> = {
  kind: 'per-missing',

  checkDefinition(rule, item, path) {
    const problems: TemplateProblem[] = [];
    if (rule.required < 1) problems.push({ path: `${path}.required`, message: `must be at least 1; got ${rule.required}` });
    problems.push(...checkPositivePoints(rule.deductionPerMissing, `${path}.deductionPerMissing`));
    const maxTenths = tenthsOf(item.maxPoints);
    const deductionTenths = tenthsOf(rule.deductionPerMissing);
    // 扣完为止 presumes the deductions can use the item up: with nothing provided the item must score 0.
    // A smaller product would leave points for a unit that provided nothing, which no form intends.
    if (problems.length === 0 && maxTenths !== null && deductionTenths !== null && deductionTenths * rule.required < maxTenths) {
      const most = formatPoints(deductionTenths * rule.required);
      problems.push({
        path: `${path}.deductionPerMissing`,
        message: `${rule.deductionPerMissing} × ${rule.required} required = ${most} is less than the item's ${item.maxPoints} points, so a sheet with nothing provided would still score ${formatPoints(maxTenths - deductionTenths * rule.required)}`,
      });
    }
    return problems;
  },

  score(rule, maxTenths, input, path) {
    const { provided } = readFields(input, path, ['provided'], '{ "provided": 3 }');
    if (typeof provided !== 'number' || !Number.isSafeInteger(provided) || provided < 0) {
      throw ScoringInputError.at(`${path}.provided`, `must be a whole number ≥ 0; got ${JSON.stringify(provided)}`);
    }
    if (provided > rule.required) {
      throw ScoringInputError.at(`${path}.provided`, `${provided} is more than the ${rule.required} required; count each required unit once`);
    }
    const missing = rule.required - provided;
    const perMissing = tenthsOfChecked(rule.deductionPerMissing);
    const deductionTenths = Math.min(maxTenths, missing * perMissing);
    const points = formatPoints(maxTenths - deductionTenths);
    if (missing === 0) {
      return { deductionTenths, explanation: `${rule.required} 项齐全，得 ${points} 分 / all ${rule.required} provided: ${points} points` };
    }
    const each = formatPoints(perMissing);
    const floored = missing * perMissing > maxTenths;
    return {
      deductionTenths,
      explanation:
        `少 ${missing} 项（应有 ${rule.required} 项），每项扣 ${each} 分，扣 ${formatPoints(deductionTenths)} 分${floored ? '（扣完为止）' : ''}，得 ${points} 分` +
        ` / ${missing} of ${rule.required} missing, minus ${each} each${floored ? ' (floor 0)' : ''}: ${points} points`,
    };
  },
};
