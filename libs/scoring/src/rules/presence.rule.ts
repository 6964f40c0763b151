import { z } from 'zod';
import { formatPoints, tenthsOf } from '../points';
import { ScoringInputError } from '../scoring.errors';
import type { PresenceRule } from '../template.types';
import { checkPositivePoints } from './definition-checks';
import { readFields } from './input-fields';
import type { ScoringRule } from './scoring-rule';

/** Shape of the rule's parameters in the stored JSON. */
export const presenceRuleSchema = z.strictObject({
  kind: z.literal('presence'),
  points: z.number(),
}) satisfies z.ZodType<PresenceRule>;

/** 六上墙: a thing is on the wall (all the item's points) or it is not (none). Nothing in between. */
export const presenceRule: ScoringRule<PresenceRule> = {
  kind: 'presence',

  checkDefinition(rule, item, path) {
    const problems = checkPositivePoints(rule.points, `${path}.points`);
    // The item's maxPoints and the rule's points say the same thing twice; they must agree, or the
    // form's 分值 column would promise points the rule never gives (or more than the item holds).
    if (problems.length === 0 && tenthsOf(rule.points) !== tenthsOf(item.maxPoints)) {
      problems.push({ path: `${path}.points`, message: `must equal the item's maxPoints (${item.maxPoints}); got ${rule.points}` });
    }
    return problems;
  },

  score(_rule, maxTenths, input, path) {
    const { present } = readFields(input, path, ['present'], '{ "present": true }');
    if (typeof present !== 'boolean') throw ScoringInputError.at(`${path}.present`, 'must be true or false');
    const max = formatPoints(maxTenths);
    return present
      ? { deductionTenths: 0, explanation: `有，得 ${max} 分 / present: ${max} points` }
      : { deductionTenths: maxTenths, explanation: `无，扣 ${max} 分 / absent: 0 of ${max} points` };
  },
};
