import { rectificationRate } from './hazard-statistics';

describe('rectification rate', () => {
  it('is closed over confirmed as a percent to one decimal, and null when nothing was confirmed', () => {
    expect(rectificationRate(0, 0)).toBeNull();
    expect(rectificationRate(0, 4)).toBe(0);
    expect(rectificationRate(2, 4)).toBe(50);
    expect(rectificationRate(1, 3)).toBe(33.3);
    expect(rectificationRate(3, 3)).toBe(100);
  });
});
