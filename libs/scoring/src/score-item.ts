import { pointsOf, tenthsOfChecked } from './points';
import { scoringRuleFor } from './rules/rule-registry';
import type { ItemDefinition, ItemScore } from './template.types';

/** An item scored in whole tenths, for callers that go on adding (scoreSheet). */
export interface ItemScoreInTenths {
  pointsTenths: number;
  deductionTenths: number;
  explanation: string;
}

/**
 * Scores one item of a valid template (see validateTemplate) from its input, which is untrusted JSON:
 * a ScoringInputError names the field at fault, e.g. `items.b2.points: 16 is more than the item's 15 points`.
 */
export function scoreItem(item: ItemDefinition, input: unknown): ItemScore {
  const scored = scoreItemInTenths(item, input);
  return { points: pointsOf(scored.pointsTenths), deduction: pointsOf(scored.deductionTenths), explanation: scored.explanation };
}

export function scoreItemInTenths(item: ItemDefinition, input: unknown): ItemScoreInTenths {
  const maxTenths = tenthsOfChecked(item.maxPoints);
  const outcome = scoringRuleFor(item.rule).score(item.rule, maxTenths, input, `items.${item.key}`);
  return { pointsTenths: maxTenths - outcome.deductionTenths, deductionTenths: outcome.deductionTenths, explanation: outcome.explanation };
}
