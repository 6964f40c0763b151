/**
 * Dates as they are written on certificates and official documents (公文): the year digit by digit with
 * 〇 for zero, month and day as Chinese numbers — 2026-11-23 → 二〇二六年十一月二十三日.
 */

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1..31 as a Chinese number: 十, 十一, 二十, 二十三, 三十一. */
function smallNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Parses a calendar date written YYYY-MM-DD; null unless it is a real date (no 2026-02-30). */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** '2026-11-23' → '二〇二六年十一月二十三日'. Throws RangeError for anything that is not a real YYYY-MM-DD date. */
export function formatChineseDate(isoDate: string): string {
  const date = parseIsoDate(isoDate);
  if (!date) throw new RangeError(`not a calendar date in the form YYYY-MM-DD: ${JSON.stringify(isoDate)}`);
  const year = String(date.year)
    .split('')
    .map((digit) => DIGITS[Number(digit)])
    .join('');
  return `${year}年${smallNumber(date.month)}月${smallNumber(date.day)}日`;
}
