import { centipointsOf, Centipoints, formatCentipoints } from './points';

export interface SchemeItem {
  key: string;
  name: string;
  max_centipoints: number;
}

export type PointsCheck = { ok: true; points: Record<string, Centipoints>; total: Centipoints } | { ok: false; problems: string[] };

/**
 * A judge's points for one contestant, checked against the scheme: one value per item, no other key,
 * each from 0 to the item's maximum with at most two decimals. Every problem is named by its field.
 */
export function checkPoints(scheme: readonly SchemeItem[], given: Record<string, unknown>): PointsCheck {
  const problems: string[] = [];
  const known = new Set(scheme.map((item) => item.key));
  for (const key of Object.keys(given)) {
    if (!known.has(key)) problems.push(`points.${key}: the scheme has no item '${key}'; its items are ${scheme.map((i) => i.key).join(', ')}`);
  }
  const points: Record<string, Centipoints> = {};
  for (const item of scheme) {
    const label = `${item.key} (${item.name}, at most ${formatCentipoints(item.max_centipoints)})`;
    if (!Object.prototype.hasOwnProperty.call(given, item.key)) {
      problems.push(`points.${item.key}: missing; give points for every item of the scheme, here ${label}`);
      continue;
    }
    const value = given[item.key];
    const centi = typeof value === 'number' ? centipointsOf(value) : undefined;
    if (centi === undefined) {
      problems.push(`points.${item.key}: must be a number with at most two decimals`);
    } else if (centi < 0) {
      problems.push(`points.${item.key}: must not be negative`);
    } else if (centi > item.max_centipoints) {
      problems.push(`points.${item.key}: ${formatCentipoints(centi)} is over the item's maximum of ${formatCentipoints(item.max_centipoints)} (${item.name})`);
    } else {
      points[item.key] = centi;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, points, total: Object.values(points).reduce((a, b) => a + b, 0) };
}
