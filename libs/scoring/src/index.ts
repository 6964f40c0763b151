/**
 * The assessment scoring engine: template definitions (stored as jsonb), their validation, and the
 * scoring of items and sheets. Pure functions only: no database, no Nest, no HTTP.
 */
export type {
  CategoryDefinition,
  ItemDefinition,
  ItemInput,
  ItemScore,
  JudgedInput,
  JudgedRule,
  PerMissingInput,
  PerMissingRule,
  PerShortfallInput,
  PerShortfallRule,
  PresenceInput,
  PresenceRule,
  Rule,
  RuleKind,
  SheetCategoryScore,
  SheetInputs,
  SheetItemScore,
  SheetScore,
  ShortfallMetric,
  TemplateDefinition,
} from './template.types';
export { InvalidTemplateError, ScoringInputError, type InputProblem, type TemplateProblem } from './scoring.errors';
export { PERCENT_DECIMALS, POINT_DECIMALS } from './points';
export { RULE_KINDS } from './rules/rule-registry';
export { fullStepsShort } from './rules/per-shortfall.rule';
export { templateSchema } from './template.schema';
export { parseTemplate, validateTemplate } from './validate-template';
export { scoreItem } from './score-item';
export { scoreSheet } from './score-sheet';
export { pioneerTeamAssessment2018 } from './templates/pioneer-team-assessment-2018';
export { competitionEvaluationIndicators } from './templates/competition-evaluation-indicators';
export { builtInTemplates } from './templates/built-in-templates';
export { itemsScoredDifferently } from './review-changes';
