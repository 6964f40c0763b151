import { ScoringInputError } from './scoring.errors';
import type { ItemDefinition, TemplateDefinition } from './template.types';

/** Test helpers (not exported from index.ts). */

/** A valid template holding just `item`, passing at full marks unless told otherwise. */
export function oneItemTemplate(item: ItemDefinition, passThreshold = item.maxPoints): TemplateDefinition {
  return {
    code: 'one-item',
    name: '单项测试表',
    totalPoints: item.maxPoints,
    passThreshold,
    categories: [{ key: 'only', name: '唯一类别', points: item.maxPoints, items: [item] }],
  };
}

/** The ScoringInputError that `run` throws; fails the test if it throws nothing or something else. */
export function inputErrorOf(run: () => unknown): ScoringInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScoringInputError) return error;
    throw error;
  }
  throw new Error('expected a ScoringInputError, but nothing was thrown');
}

/** A deep copy to break on purpose in a test, leaving the original untouched. */
export const copyOf = <T>(value: T): T => structuredClone(value);
