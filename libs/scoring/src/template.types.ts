/**
 * The shape of a scoring template (考核评价表) and of what scoring returns. Templates are stored as jsonb,
 * so everything here is plain JSON: no classes, no functions, no Dates. Points are numbers with at most
 * one decimal (see points.ts); the engine does its arithmetic in whole tenths.
 */

/** A whole form: categories (类别) of items (考核内容), e.g. 一全 / 三有 / 六上墙 of seed 004 attachment 3. */
export interface TemplateDefinition {
  /** Stable identifier of the template, e.g. 'pioneer-team-assessment-2018'. */
  code: string;
  /** Title as printed on the form. */
  name: string;
  /** The form's 合计; equals the sum of the categories' points. */
  totalPoints: number;
  /** Lowest total that passes (合格), inclusive: a sheet passes when total ≥ passThreshold. */
  passThreshold: number;
  categories: CategoryDefinition[];
}

export interface CategoryDefinition {
  key: string;
  /** e.g. '三有'. */
  name: string;
  /** The category's points, e.g. 50 for 三有; equals the sum of its items' maxPoints. */
  points: number;
  items: ItemDefinition[];
}

/** One row of the form (考核内容 with its 分值) and the rule that turns an input into points. */
export interface ItemDefinition {
  /** Unique in the whole template: sheet inputs are keyed by it. */
  key: string;
  /** The row's text as printed on the form. */
  text: string;
  /** 分值: the most the item can earn. */
  maxPoints: number;
  rule: Rule;
}

/** Fixed points when the thing is there, nothing when it is not (六上墙: each thing on the wall, 5). */
export interface PresenceRule {
  kind: 'presence';
  /** Always equal to the item's maxPoints; kept so the rule reads on its own. */
  points: number;
}

/** 每少 1 项扣 X 分，扣完为止: minus X for each missing required unit, never below 0. */
export interface PerMissingRule {
  kind: 'per-missing';
  /** How many units (files, activities, pictures…) are expected. */
  required: number;
  deductionPerMissing: number;
}

/** 每少 Y 个百分点扣 X 分: minus X for each full Y percentage points a rate falls short of its target. */
export interface PerShortfallRule {
  kind: 'per-shortfall';
  metrics: ShortfallMetric[];
  /** Percentage points per step (Y). */
  step: number;
  /** Points deducted per full step short (X). */
  deductionPerStep: number;
}

export interface ShortfallMetric {
  /** Unique within the item: the input's `values` are keyed by it. */
  key: string;
  /** e.g. '知晓率'. */
  name: string;
  /** Target rate in percent, in (0, 100]; reaching it (or more) loses nothing. */
  target: number;
}

/** A reviewer or judge gives points within [0, maxPoints], on a grid of `step` when given (e.g. 0.5). */
export interface JudgedRule {
  kind: 'judged';
  step?: number;
}

export type Rule = PresenceRule | PerMissingRule | PerShortfallRule | JudgedRule;
export type RuleKind = Rule['kind'];

/** What a sheet records for one item, by rule kind. The engine checks every input at run time. */
export interface PresenceInput {
  present: boolean;
}
/** How many of the `required` units were provided: a whole number from 0 to `required`. */
export interface PerMissingInput {
  provided: number;
}
/** The measured rate of each metric, in percent (0..100, at most two decimals), keyed by metric key. */
export interface PerShortfallInput {
  values: Record<string, number>;
}
/** The points given, within [0, maxPoints], a multiple of the rule's step (or of 0.1 without one). */
export interface JudgedInput {
  points: number;
}
export type ItemInput = PresenceInput | PerMissingInput | PerShortfallInput | JudgedInput;

/** Inputs of one sheet (a self assessment 自评分 or a review 考核分), keyed by item key. */
export type SheetInputs = Readonly<Record<string, unknown>>;

/** One item scored: points + deduction = the item's maxPoints. */
export interface ItemScore {
  points: number;
  deduction: number;
  /** Why, for the person reading the sheet: '中文 / English'. */
  explanation: string;
}

export interface SheetItemScore extends ItemScore {
  key: string;
  category: string;
  max: number;
  /** False when the sheet has no input for the item yet: it then counts 0 (points 0, deduction 0). */
  scored: boolean;
}

export interface SheetCategoryScore {
  key: string;
  points: number;
  max: number;
}

export interface SheetScore {
  templateCode: string;
  items: SheetItemScore[];
  categories: SheetCategoryScore[];
  total: number;
  max: number;
  passThreshold: number;
  /**
   * total ≥ passThreshold. On an incomplete sheet the total is a lower bound (unscored items count 0,
   * and inputs only add points), so `passed` can only turn from false to true as the sheet is completed.
   */
  passed: boolean;
  /** Every item has an input. */
  complete: boolean;
  /** Keys of the items without input, in form order. */
  unscored: string[];
}
