import { itemsScoredDifferently, type SheetScore } from '@lc/scoring';
import { formProblemsRefused } from '@lc/platform';

/**
 * Every item the reviewer scores differently from the unit's own score needs a comment saying why
 * (the unit reads it); comments on items that do not differ are kept as notes.
 */
export function assertCommentsOnChanges(self: SheetScore, review: SheetScore, comments: Record<string, string>): void {
  const missing = itemsScoredDifferently(self, review)
    .filter((changed) => !(comments[changed.key] ?? '').trim())
    .map((changed) => `comments.${changed.key}: the review gives ${changed.review} where the unit gave ${changed.self}; say why`);
  if (missing.length > 0) throw formProblemsRefused(missing);
  const unknown = Object.keys(comments).filter((key) => !review.items.some((i) => i.key === key));
  if (unknown.length > 0) {
    throw formProblemsRefused(unknown.map((key) => `comments.${key}: the form has no item '${key}'`));
  }
}
