import { formatChineseDate, parseIsoDate } from './chinese-date';

describe('formatChineseDate', () => {
  it.each([
    ['2026-11-23', '二〇二六年十一月二十三日'],
    ['2020-01-10', '二〇二〇年一月十日'],
    ['2026-10-01', '二〇二六年十月一日'],
    ['2026-12-31', '二〇二六年十二月三十一日'],
    ['2024-02-29', '二〇二四年二月二十九日'],
    ['2008-05-20', '二〇〇八年五月二十日'],
  ])('writes %s as %s', (iso, chinese) => {
    expect(formatChineseDate(iso)).toBe(chinese);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-04-31', '2026-1-5', '20261123', '2026-11-23T00:00:00Z', ''])(
    'refuses %j',
    (value) => {
      expect(parseIsoDate(value)).toBeNull();
      expect(() => formatChineseDate(value)).toThrow(RangeError);
    },
  );
});
