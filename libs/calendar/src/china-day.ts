/**
 * Periods are calendar days in China Standard Time (UTC+8, no daylight saving): a report made at
 * 07:00 on 1 March in Beijing belongs to 1 March whatever the server's zone.
 */
const CST_OFFSET = '+08:00';

/** The first instant of the day (YYYY-MM-DD). */
export const startOfChinaDay = (day: string): Date => new Date(`${day}T00:00:00${CST_OFFSET}`);

/** The first instant after the day (YYYY-MM-DD): periods are [start, end). */
export const endOfChinaDay = (day: string): Date => new Date(startOfChinaDay(day).getTime() + 24 * 3600 * 1000);

/** The calendar year in China of an instant: a budget year. */
export const chinaYearOf = (at: Date): number => new Date(at.getTime() + 8 * 3600 * 1000).getUTCFullYear();

/** The calendar day (YYYY-MM-DD) in China of an instant. */
export const chinaDayOf = (at: Date): string => new Date(at.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
