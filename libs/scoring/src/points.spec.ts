import { hundredthsOf, pointsOf, tenthsOf, toUnits } from './points';

describe('exact points arithmetic', () => {
  it('turns points with one decimal into whole tenths, absorbing binary noise', () => {
    expect(tenthsOf(12.5)).toBe(125);
    expect(tenthsOf(0.1)).toBe(1);
    expect(tenthsOf(0.1 + 0.2)).toBe(3); // 0.30000000000000004 is still three tenths
    expect(pointsOf(1 + 2)).toBe(0.3);
  });

  it('refuses a value with more decimals than allowed instead of rounding it', () => {
    expect(tenthsOf(12.25)).toBeNull();
    expect(hundredthsOf(96.25)).toBe(9625);
    expect(hundredthsOf(96.255)).toBeNull();
  });

  it('refuses values that are not finite numbers', () => {
    expect(toUnits(Number.NaN, 1)).toBeNull();
    expect(toUnits(Number.POSITIVE_INFINITY, 1)).toBeNull();
  });
});
