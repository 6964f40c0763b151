import type { SheetScore } from './template.types';

/**
 * The items a review scores differently from the unit's own score (自评分 vs 考核分): each needs a
 * comment saying why. Only reviewed items count; an item the unit left blank counts as its 0.
 */
export function itemsScoredDifferently(self: SheetScore, review: SheetScore): { key: string; self: number; review: number }[] {
  return review.items
    .filter((item) => item.scored)
    .map((item) => ({ key: item.key, self: self.items.find((i) => i.key === item.key)?.points, review: item.points }))
    .filter((c): c is { key: string; self: number; review: number } => c.self !== undefined && c.self !== c.review);
}
