import { itemsScoredDifferently, scoreSheet, ScoringInputError, type ItemDefinition, type Rule, type SheetScore, type TemplateDefinition } from '@lc/scoring';
import type { MessageKey } from '../../locales/zh-CN';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * A sheet scored in the browser as it is filled in, with the very rules the service scores it by
 * (@lc/scoring): an item whose input the rules refuse is left unscored and named with the problem.
 */
export function liveScore(template: TemplateDefinition, inputs: Record<string, unknown>): { score: SheetScore; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const accepted = { ...inputs };
  // Each refused input is set aside and named, so that one slip does not hide the other items' scores.
  for (;;) {
    try {
      return { score: scoreSheet(template, accepted), problems };
    } catch (error) {
      if (!(error instanceof ScoringInputError)) throw error;
      for (const problem of error.problems) {
        const key = problem.path.split('.')[1];
        if (!key || !(key in accepted)) throw error;
        problems[key] = problem.message;
        delete accepted[key];
      }
    }
  }
}

/** The items the review scores differently from the unit (each needs a comment), by key. */
export function changedItems(self: SheetScore, review: SheetScore): Set<string> {
  return new Set(itemsScoredDifferently(self, review).map((c) => c.key));
}

/** The service writes explanations as '中文 / English': the half of the console's language. */
export function explanationIn(explanation: string, locale: string): string {
  const [zh, en] = explanation.split(' / ');
  return locale === 'zh-CN' || !en ? zh : en;
}

/** A rule stated in words on the form, as printed beside each item. */
export function ruleInWords(t: T, rule: Rule, item: ItemDefinition): string {
  switch (rule.kind) {
    case 'presence':
      return t('assessment.rule.presence', { points: rule.points });
    case 'per-missing':
      return t('assessment.rule.perMissing', { required: rule.required, deduction: rule.deductionPerMissing, max: item.maxPoints });
    case 'per-shortfall':
      return t('assessment.rule.perShortfall', {
        targets: rule.metrics.map((m) => `${m.name} ${m.target}%`).join(t('assessment.rule.listSeparator')),
        step: rule.step,
        deduction: rule.deductionPerStep,
      });
    case 'judged':
      return t('assessment.rule.judged', { max: item.maxPoints, step: rule.step ?? 0.1 });
  }
}

/**
 * The rounding of 每少Y个百分点扣X分 in words, with two worked examples from the rule's own figures: only
 * full steps count, the steps of every rate are added, and the item never goes below 0.
 */
export function shortfallRounding(t: T, template: TemplateDefinition): string[] {
  const rules = template.categories.flatMap((c) => c.items.map((i) => i.rule)).filter((r): r is Extract<Rule, { kind: 'per-shortfall' }> => r.kind === 'per-shortfall');
  return rules.slice(0, 1).flatMap((rule) => {
    const metric = rule.metrics[rule.metrics.length - 1];
    const under = Math.max(0, metric.target - (rule.step - 1));
    const over = Math.max(0, metric.target - (rule.step + 1));
    return [
      t('assessment.rounding.rule', { step: rule.step, deduction: rule.deductionPerStep, step2: rule.step * 2, deduction2: rule.deductionPerStep * 2 }),
      t('assessment.rounding.example', { name: metric.name, target: metric.target, value: under, short: metric.target - under, points: 0 }),
      t('assessment.rounding.example', { name: metric.name, target: metric.target, value: over, short: metric.target - over, points: rule.deductionPerStep }),
    ];
  });
}

/** A short name for an item, for its inputs' labels: the printed text up to its first bracket or comma. */
export function shortName(item: ItemDefinition): string {
  return item.text.split(/[（(，,。]/)[0].trim() || item.key;
}

/** The inputs the rules can score: a rate item still being typed (some rates missing) is left out. */
export function completeInputs(inputs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(inputs).filter(([, v]) => v !== undefined && !(typeof v === 'object' && v !== null && 'partial' in v)));
}
