import { POINT_DECIMALS, PERCENT_DECIMALS, hundredthsOf, tenthsOf } from '../points';
import type { TemplateProblem } from '../scoring.errors';

/**
 * Checks shared by the template validator and the rules. Each returns the problems found (none when the
 * value is fine) so callers can collect every problem of a definition in one pass.
 */

/** Points (a maximum, a deduction…) must be more than 0 and have at most one decimal. */
export function checkPositivePoints(value: number, path: string): TemplateProblem[] {
  if (!(value > 0)) return [{ path, message: 'must be more than 0' }];
  if (tenthsOf(value) === null) return [{ path, message: `must have at most ${POINT_DECIMALS} decimal (points are kept to 0.1)` }];
  return [];
}

/** A rate or a number of percentage points: more than 0, at most 100, at most two decimals. */
export function checkPercent(value: number, path: string): TemplateProblem[] {
  if (!(value > 0) || value > 100) return [{ path, message: `must be more than 0 and at most 100 (percent); got ${value}` }];
  if (hundredthsOf(value) === null) return [{ path, message: `must have at most ${PERCENT_DECIMALS} decimals` }];
  return [];
}

/** Keys used twice among `keys` (as listed at `pathOf(index)`): one problem per repeat. */
export function checkUniqueKeys(keys: readonly string[], pathOf: (index: number) => string): TemplateProblem[] {
  const firstIndex = new Map<string, number>();
  const problems: TemplateProblem[] = [];
  keys.forEach((key, index) => {
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else problems.push({ path: pathOf(index), message: `"${key}" is already used at ${pathOf(first)}; keys must be unique` });
  });
  return problems;
}
