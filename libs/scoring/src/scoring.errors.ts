/**
 * Errors of the scoring engine. Named classes with a stable `code`, so the HTTP edge maps them to a 4xx
 * once; every problem names the exact place (a path such as `categories[1].items[0].rule.step` or
 * `items.b2.points`) so the person who typed it finds it.
 */

/** One thing wrong with a template definition. */
export interface TemplateProblem {
  /** e.g. `categories[1].items[0].rule.deductionPerMissing`; '' for the definition as a whole. */
  path: string;
  message: string;
}

/** One thing wrong with the inputs of a sheet. */
export interface InputProblem {
  /** e.g. `items.b2.points`, `items.effectiveness.values.awareness`. */
  path: string;
  message: string;
}

/** The definition is not a valid template; carries every problem, so they are fixed in one pass. */
export class InvalidTemplateError extends Error {
  readonly code = 'SCORING_INVALID_TEMPLATE';

  constructor(readonly problems: TemplateProblem[]) {
    super(`the template has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.map(describe).join('; ')}`);
    this.name = 'InvalidTemplateError';
  }
}

/**
 * An input cannot be scored (out of range, wrong type, unknown item…). `path` is the first problem's;
 * `problems` holds all of them when a whole sheet was checked.
 */
export class ScoringInputError extends Error {
  readonly code = 'SCORING_INVALID_INPUT';
  readonly path: string;

  constructor(readonly problems: InputProblem[]) {
    super(problems.map(describe).join('; '));
    this.name = 'ScoringInputError';
    this.path = problems[0]?.path ?? '';
  }

  static at(path: string, message: string): ScoringInputError {
    return new ScoringInputError([{ path, message }]);
  }
}

function describe(problem: { path: string; message: string }): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/** ['categories', 1, 'items', 0, 'rule'] → 'categories[1].items[0].rule'. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}
