import type { SheetScore } from '@lc/scoring';
import { formProblemsRefused } from '@lc/platform';

/**
 * Every item the reviewer scores differently from the unit's own score needs a comment saying why
 * (the unit reads it); comments on items that do not differ are kept as notes.
 */
export function assertCommentsOnChanges(self: SheetScore, review: SheetScore, comments: Record<string, string>): void {
  const missing = review.items
    .filter((item) => item.scored)
    .filter((item) => {
      const own = self.items.find((i) => i.key === item.key);
      return own !== undefined && own.points !== item.points && !(comments[item.key] ?? '').trim();
    })
    .map((item) => `comments.${item.key}: the review gives ${item.points} where the unit gave ${self.items.find((i) => i.key === item.key)?.points}; say why`);
  if (missing.length > 0) throw formProblemsRefused(missing);
  const unknown = Object.keys(comments).filter((key) => !review.items.some((i) => i.key === key));
  if (unknown.length > 0) {
    throw formProblemsRefused(unknown.map((key) => `comments.${key}: the form has no item '${key}'`));
  }
}
