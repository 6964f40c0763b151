import { z } from 'zod';
import { PERCENT_DECIMALS, formatPoints, fromUnits, hundredthsOf, hundredthsOfChecked, tenthsOfChecked } from '../points';
import { ScoringInputError } from '../scoring.errors';
import type { PerShortfallRule } from '../template.types';
import { checkPercent, checkPositivePoints, checkUniqueKeys } from './definition-checks';
import { readFields, readNumber } from './input-fields';
import type { ScoringRule } from './scoring-rule';
import { templateKeySchema } from './template-key';

/**
 * 每少 5 个百分点扣 10 分: the number of FULL steps a rate is short of its target. The form says "per 5
 * percentage points", so a partial step deducts nothing: 3 points short is 0 steps, 5 short is 1,
 * 9 short is still 1, 10 short is 2. Reaching or passing the target is 0 (在 95% 以上 includes 95%).
 * All arguments in hundredths of a percentage point, so the division is exact.
 */
export function fullStepsShort(valueHundredths: number, targetHundredths: number, stepHundredths: number): number {
  return Math.floor(Math.max(0, targetHundredths - valueHundredths) / stepHundredths);
}

const percent = (hundredths: number): string => `${fromUnits(hundredths, PERCENT_DECIMALS)}%`;

/** Shape of the rule's parameters in the stored JSON. */
export const perShortfallRuleSchema = z.strictObject({
  kind: z.literal('per-shortfall'),
  metrics: z
    .array(z.strictObject({ key: templateKeySchema, name: z.string().trim().min(1), target: z.number() }))
    .min(1, { error: 'must list at least one metric' }),
  step: z.number(),
  deductionPerStep: z.number(),
}) satisfies z.ZodType<PerShortfallRule>;

/**
 * Rates (知晓率, 参与率, 满意率…) measured against targets; each full `step` percentage points short of a
 * target costs `deductionPerStep`, summed over the metrics, and the item never goes below 0.
 */
export const perShortfallRule: ScoringRule<PerShortfallRule> = {
  kind: 'per-shortfall',

  checkDefinition(rule, _item, path) {
    return [
      ...checkUniqueKeys(
        rule.metrics.map((metric) => metric.key),
        (index) => `${path}.metrics[${index}].key`,
      ),
      ...rule.metrics.flatMap((metric, index) => checkPercent(metric.target, `${path}.metrics[${index}].target`)),
      ...checkPercent(rule.step, `${path}.step`),
      ...checkPositivePoints(rule.deductionPerStep, `${path}.deductionPerStep`),
    ];
  },

  score(rule, maxTenths, input, path) {
    const { values } = readFields(input, path, ['values'], '{ "values": { "<metric key>": 96.5 } }');
    if (typeof values !== 'object' || values === null || Array.isArray(values)) {
      throw ScoringInputError.at(`${path}.values`, 'must be an object of percentages keyed by metric');
    }
    const record = values as Record<string, unknown>;
    const metricKeys = rule.metrics.map((metric) => metric.key);
    for (const key of Object.keys(record)) {
      if (!metricKeys.includes(key)) {
        throw ScoringInputError.at(`${path}.values.${key}`, `is not a metric of this item (metrics: ${metricKeys.join(', ')})`);
      }
    }

    const stepHundredths = hundredthsOfChecked(rule.step);
    const lines: { zh: string; en: string }[] = [];
    let steps = 0;
    for (const metric of rule.metrics) {
      const metricPath = `${path}.values.${metric.key}`;
      // hasOwn, not record[key]: a metric keyed "constructor" must not find Object.prototype's.
      if (!Object.hasOwn(record, metric.key)) throw ScoringInputError.at(metricPath, `is required (${metric.name})`);
      const value = readNumber(record[metric.key], metricPath);
      if (value < 0 || value > 100) throw ScoringInputError.at(metricPath, `must be a percentage from 0 to 100; got ${value}`);
      const valueHundredths = hundredthsOf(value);
      if (valueHundredths === null) throw ScoringInputError.at(metricPath, `must have at most ${PERCENT_DECIMALS} decimals; got ${value}`);

      const targetHundredths = hundredthsOfChecked(metric.target);
      const metricSteps = fullStepsShort(valueHundredths, targetHundredths, stepHundredths);
      steps += metricSteps;
      const shortBy = targetHundredths - valueHundredths;
      lines.push(
        shortBy <= 0
          ? { zh: `${metric.name} ${percent(valueHundredths)} 达标`, en: `${metric.key} ${percent(valueHundredths)} meets ${percent(targetHundredths)}` }
          : {
              zh: `${metric.name} ${percent(valueHundredths)} 差 ${fromUnits(shortBy, PERCENT_DECIMALS)} 个百分点，计 ${metricSteps} 档`,
              en: `${metric.key} ${percent(valueHundredths)} is ${fromUnits(shortBy, PERCENT_DECIMALS)} short of ${percent(targetHundredths)}: ${metricSteps} step${metricSteps === 1 ? '' : 's'}`,
            },
      );
    }

    const perStep = tenthsOfChecked(rule.deductionPerStep);
    const deductionTenths = Math.min(maxTenths, steps * perStep);
    const floored = steps * perStep > maxTenths;
    const points = formatPoints(maxTenths - deductionTenths);
    const each = `${rule.step}`;
    return {
      deductionTenths,
      explanation:
        `${lines.map((line) => line.zh).join('；')}；每少 ${each} 个百分点扣 ${rule.deductionPerStep} 分，共 ${steps} 档，扣 ${formatPoints(deductionTenths)} 分${floored ? '（扣完为止）' : ''}，得 ${points} 分` +
        ` / ${lines.map((line) => line.en).join('; ')}; minus ${rule.deductionPerStep} per ${each} points short: ${steps} step${steps === 1 ? '' : 's'}, minus ${formatPoints(deductionTenths)}${floored ? ' (floor 0)' : ''}: ${points} points`,
    };
  },
};
