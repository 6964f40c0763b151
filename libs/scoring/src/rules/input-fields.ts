import { ScoringInputError } from '../scoring.errors';

/**
 * Reading an item's input, which arrives as untrusted JSON. An input is an object with exactly the
 * fields its rule expects: a missing field is refused, and so is an extra one (a `points` sent to a
 * presence item is a client mixing up items, not something to ignore).
 */
export function readFields(input: unknown, path: string, fields: readonly string[], example: string): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw ScoringInputError.at(path, `must be an object such as ${example}`);
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!fields.includes(key)) throw ScoringInputError.at(`${path}.${key}`, `is not a field of this item (expected ${example})`);
  }
  for (const field of fields) {
    if (!Object.hasOwn(record, field) || record[field] === undefined) throw ScoringInputError.at(`${path}.${field}`, 'is required');
  }
  return record;
}

/** A finite number, or a ScoringInputError at `path`. */
export function readNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw ScoringInputError.at(path, 'must be a number');
  return value;
}
