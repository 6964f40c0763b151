/**
 * Points are kept as whole hundredths (centipoints): 18.5 points is 1850. Sums are then exact, and a
 * mean is rounded once, half up, to two decimals, as the contest publishes it.
 */
export type Centipoints = number;

/** The hundredths of a points value, or undefined when it has more than two decimals or is not a finite number. */
export function centipointsOf(points: number): Centipoints | undefined {
  if (typeof points !== 'number' || !Number.isFinite(points)) return undefined;
  const scaled = Math.round(points * 100);
  // 18.55 * 100 is 1855.0000000000002: a tolerance well below a hundredth absorbs the binary representation.
  return Math.abs(points * 100 - scaled) < 1e-6 ? scaled : undefined;
}

/** '85.30' for 8530; '-0.05' for -5. */
export function formatCentipoints(value: Centipoints): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The mean of non-negative hundredths, rounded half up to a whole hundredth, in integers only. */
export function roundedMean(values: readonly Centipoints[]): Centipoints {
  if (values.length === 0) throw new Error('roundedMean: no values');
  const sum = values.reduce((a, b) => a + b, 0);
  if (sum < 0) throw new Error('roundedMean: points are never negative');
  const n = values.length;
  return Math.floor((2 * sum + n) / (2 * n));
}
