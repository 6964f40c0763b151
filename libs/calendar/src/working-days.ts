import type * as ChineseDays from 'chinese-days';
import { chinaDayOf, endOfChinaDay } from './china-day';

// The CommonJS build by name: the package's `module` build is an ES module in a package marked
// CommonJS, which the workflow bundler cannot parse.
const { getDayDetail } = require('chinese-days/dist/index.min.js') as typeof ChineseDays;

/**
 * Working days (工作日) by the official calendar of the State Council: public holidays off, the
 * adjusted weekend days (调休) worked. The calendar comes from `chinese-days`, which carries each year
 * once it is published (usually in November of the year before). For a year it does not carry yet,
 * Monday to Friday count as working days, and every answer that reached into such a year says so
 * (`official: false`) so that the caller can flag it.
 *
 * Pure and deterministic (no clock, no I/O): workflow code may import it. Days are China days,
 * 'YYYY-MM-DD'.
 */

const DAY_MS = 24 * 3600 * 1000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the official calendar carries the year: 元旦 is in every published year's table. */
const yearPublished = (year: number): boolean => getDayDetail(`${year}-01-01`).name.includes('元旦');

/** The years the installed calendar carries, found once: the first and the last. */
export const OFFICIAL_CALENDAR_YEARS: { first: number; last: number } = (() => {
  let first = 2000;
  while (first < 2100 && !yearPublished(first)) first += 1;
  let last = first;
  while (last < 2100 && yearPublished(last + 1)) last += 1;
  return { first, last };
})();

function parseDay(day: string): number {
  const m = DAY.exec(day);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`not a calendar day (YYYY-MM-DD): ${day}`);
  }
  return ms;
}

const dayAt = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Whether the official calendar carries the day's year; if not, working days are Monday to Friday. */
export function officialCalendarCovers(day: string): boolean {
  const year = new Date(parseDay(day)).getUTCFullYear();
  return year >= OFFICIAL_CALENDAR_YEARS.first && year <= OFFICIAL_CALENDAR_YEARS.last;
}

/** A working day: by the official calendar where it is published, else Monday to Friday. */
export function isWorkingDay(day: string): boolean {
  const ms = parseDay(day);
  if (officialCalendarCovers(day)) return getDayDetail(day).work;
  const weekday = new Date(ms).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The n-th working day after the day (the day itself not counted); n = 0 is the day itself, and a
 * negative n counts back: -1 is the working day before.
 */
export function addWorkingDays(day: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`a number of working days must be a whole number, not ${n}`);
  const step = n < 0 ? -DAY_MS : DAY_MS;
  let ms = parseDay(day);
  for (let left = Math.abs(n); left > 0; ) {
    ms += step;
    if (isWorkingDay(dayAt(ms))) left -= 1;
  }
  return dayAt(ms);
}

/** The working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  const end = parseDay(to);
  let count = 0;
  for (let ms = parseDay(from) + DAY_MS; ms <= end; ms += DAY_MS) if (isWorkingDay(dayAt(ms))) count += 1;
  return count;
}

export interface WorkingDayDeadline {
  /** The last working day of the period (YYYY-MM-DD, China). */
  lastDay: string;
  /** The first instant after that day in China (UTC+8): the period is over from then on. */
  endsAt: Date;
  /** False when the period reached into a year the official calendar does not carry yet (counted Monday to Friday). */
  official: boolean;
}

/**
 * A period of n working days from an instant: it runs to the end of the n-th working day after the
 * China day of `from` (that day itself, begun already, does not count), as a rectification time
 * limit or a publicity period (公示不少于5个工作日) is counted.
 */
export function workingDayDeadline(from: Date | number, n: number): WorkingDayDeadline {
  const startDay = chinaDayOf(new Date(from));
  const lastDay = addWorkingDays(startDay, n);
  return { lastDay, endsAt: endOfChinaDay(lastDay), official: officialCalendarCovers(startDay) && officialCalendarCovers(lastDay) };
}

/**
 * When to remind n working days ahead of a deadline: at the end of the n-th working day before the
 * deadline's own day, so that n working days are left (a deadline at midnight belongs to the day it ends).
 */
export function workingDaysBefore(deadline: Date | number, n: number): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`a number of working days must be a whole number ≥ 0, not ${n}`);
  const lastDay = chinaDayOf(new Date(new Date(deadline).getTime() - 1));
  return endOfChinaDay(addWorkingDays(lastDay, -n));
}
