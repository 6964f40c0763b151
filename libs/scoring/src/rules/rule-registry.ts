import { z } from 'zod';
import type { Rule, RuleKind } from '../template.types';
import { judgedRule, judgedRuleSchema } from './judged.rule';
import { perMissingRule, perMissingRuleSchema } from './per-missing.rule';
import { perShortfallRule, perShortfallRuleSchema } from './per-shortfall.rule';
import { presenceRule, presenceRuleSchema } from './presence.rule';
import type { ScoringRule } from './scoring-rule';

/** Every rule kind, by its `kind`; the mapped type makes a missing or misfiled kind a compile error. */
const RULES: { readonly [K in RuleKind]: ScoringRule<Extract<Rule, { kind: K }>> } = {
  presence: presenceRule,
  'per-missing': perMissingRule,
  'per-shortfall': perShortfallRule,
  judged: judgedRule,
};

export const RULE_KINDS = Object.keys(RULES) as RuleKind[];

/** The rule object that checks and scores `rule` (TypeScript cannot correlate the kind on its own). */
export function scoringRuleFor<R extends Rule>(rule: R): ScoringRule<R> {
  return RULES[rule.kind as RuleKind] as unknown as ScoringRule<R>;
}

/** Any rule's JSON, told apart by `kind`. */
export const ruleSchema = z.discriminatedUnion(
  'kind',
  [presenceRuleSchema, perMissingRuleSchema, perShortfallRuleSchema, judgedRuleSchema],
  { error: `kind must be one of ${RULE_KINDS.join(', ')}` },
) satisfies z.ZodType<Rule>;
