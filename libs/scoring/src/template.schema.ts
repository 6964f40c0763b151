import { z } from 'zod';
import { ruleSchema } from './rules/rule-registry';
import { templateKeySchema } from './rules/template-key';
import { formatPath, type TemplateProblem } from './scoring.errors';
import type { TemplateDefinition } from './template.types';

/**
 * The JSON shape of a template: types, required fields, no unknown fields (a misspelt
 * `deductionPerMising` is refused, not ignored). Whether the numbers make sense (sums, ranges, rules
 * fitting their items) is validate-template.ts's job, which runs only on a well-shaped definition.
 */
const text = z.string().trim().min(1, { error: 'must not be empty' });

const itemSchema = z.strictObject({
  key: templateKeySchema,
  text,
  maxPoints: z.number(),
  rule: ruleSchema,
});

const categorySchema = z.strictObject({
  key: templateKeySchema,
  name: text,
  points: z.number(),
  items: z.array(itemSchema).min(1, { error: 'must list at least one item' }),
});

export const templateSchema = z.strictObject({
  code: templateKeySchema,
  name: text,
  totalPoints: z.number(),
  passThreshold: z.number(),
  categories: z.array(categorySchema).min(1, { error: 'must list at least one category' }),
}) satisfies z.ZodType<TemplateDefinition>;

const EXPECTED: Record<string, string> = {
  number: 'must be a number',
  int: 'must be a whole number',
  string: 'must be text',
  array: 'must be a list',
  object: 'must be an object',
  boolean: 'must be true or false',
};

/** Messages a cadre can act on, instead of zod's "Invalid input: expected number, received string". */
const friendlyMessage: z.core.$ZodErrorMap = (issue) => {
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.input === undefined) return 'is required';
  return EXPECTED[issue.expected] ?? `must be of type ${issue.expected}`;
};

/** Shape problems of `json`, each with its path; unknown fields get one problem each, at their own path. */
export function shapeProblems(json: unknown): TemplateProblem[] {
  const result = templateSchema.safeParse(json, { error: friendlyMessage });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'is not a known field' }))
      : [{ path: formatPath(issue.path), message: issue.message }],
  );
}
