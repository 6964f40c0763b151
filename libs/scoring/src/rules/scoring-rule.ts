import type { TemplateProblem } from '../scoring.errors';
import type { ItemDefinition, Rule } from '../template.types';

/** What a rule's scoring produces, in whole tenths of a point (see points.ts). */
export interface RuleOutcome {
  /** Points lost, 0..maxTenths: the item scores maxTenths − deductionTenths. */
  deductionTenths: number;
  explanation: string;
}

/**
 * One kind of rule, in one file with the JSON schema of its parameters (`<kind>RuleSchema`: shape only,
 * ranges are checkDefinition's job): the checks that make it fit its item, and how it turns an input into
 * a deduction. Adding a kind means adding one such file and listing it in rule-registry.ts.
 */
export interface ScoringRule<R extends Rule> {
  readonly kind: R['kind'];
  /** Problems of a well-shaped rule against its item; `path` is the rule's, e.g. `categories[0].items[1].rule`. */
  checkDefinition(rule: R, item: ItemDefinition, path: string): TemplateProblem[];
  /**
   * Scores one input against a valid rule; throws ScoringInputError (paths under `path`, e.g.
   * `items.a1`) when the input does not fit.
   */
  score(rule: R, maxTenths: number, input: unknown, path: string): RuleOutcome;
}
