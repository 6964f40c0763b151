import { chinaDayOf, chinaYearOf, endOfChinaDay, startOfChinaDay } from './china-day';

describe('China calendar days', () => {
  it('starts a day at midnight Beijing time, 16:00 UTC the day before', () => {
    expect(startOfChinaDay('2026-03-01').toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(endOfChinaDay('2026-03-01').toISOString()).toBe('2026-03-01T16:00:00.000Z');
  });

  it('puts 20:00 UTC on 31 December into the next year, which is its year in China', () => {
    const at = new Date('2026-12-31T20:00:00Z');
    expect(chinaYearOf(at)).toBe(2027);
    expect(chinaDayOf(at)).toBe('2027-01-01');
    expect(chinaYearOf(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
  });
});
