/**
 * Exact arithmetic on points and rates. Forms give points with at most one decimal (a judge's 8.5) and
 * rates with at most two (96.25%); adding such floats drifts (0.1 + 0.2 ≠ 0.3), so the engine turns
 * them into whole numbers of tenths (points) or hundredths (percentage points), computes with integers,
 * and turns the result back only at the end.
 */

/** Decimals a point value may carry: scores are kept to 0.1. */
export const POINT_DECIMALS = 1;
/** Decimals a percentage may carry: 96.25% is fine, 96.255% is refused rather than rounded. */
export const PERCENT_DECIMALS = 2;

/**
 * `value` × 10^decimals as a whole number, or null when `value` has more decimals than that (or is not
 * a finite number). The tolerance absorbs binary noise such as 0.1 × 10 = 1.0000000000000002.
 */
export function toUnits(value: number, decimals: number): number | null {
  if (!Number.isFinite(value)) return null;
  const scaled = value * 10 ** decimals;
  const whole = Math.round(scaled);
  return Math.abs(scaled - whole) < 1e-6 && Number.isSafeInteger(whole) ? whole : null;
}

export function fromUnits(units: number, decimals: number): number {
  return units / 10 ** decimals;
}

/** Points → tenths, or null when the value has more than one decimal. */
export const tenthsOf = (points: number): number | null => toUnits(points, POINT_DECIMALS);
/** Tenths → points (12.5 for 125). */
export const pointsOf = (tenths: number): number => fromUnits(tenths, POINT_DECIMALS);

/** Percent → hundredths of a percentage point, or null when the value has more than two decimals. */
export const hundredthsOf = (percent: number): number | null => toUnits(percent, PERCENT_DECIMALS);

/**
 * `value` in whole units, for values a validator has already proven to be on the grid; a RangeError
 * otherwise (a bug: a template used without validateTemplate).
 */
function unitsOfChecked(value: number, decimals: number): number {
  const units = toUnits(value, decimals);
  if (units === null) throw new RangeError(`${value} has more than ${decimals} decimals; validate the template first`);
  return units;
}

/** Points in tenths, for values already checked to be on the 0.1 grid. */
export const tenthsOfChecked = (points: number): number => unitsOfChecked(points, POINT_DECIMALS);
/** Percent in hundredths, for values already checked to have at most two decimals. */
export const hundredthsOfChecked = (percent: number): number => unitsOfChecked(percent, PERCENT_DECIMALS);

/** Points as the forms write them: 15, 12.5 — never 12.50 or 1.2e1. */
export const formatPoints = (tenths: number): string => String(pointsOf(tenths));
