import { idParam } from '@lc/platform';


/** A month as the paper forms ask for it (出生年月, 何年何月任职): YYYY-MM. */
export const MONTH = /^(19|20)\d\d-(0[1-9]|1[0-2])$/;
export const monthMessage = (field: string): string => `${field} must be a month written YYYY-MM`;

export const MOBILE = /^1[3-9]\d{9}$/;
export const POSTCODE = /^\d{6}$/;

export const registerIdPipe = idParam;

/** The month a date falls in, YYYY-MM, in China's time (UTC+8, no daylight saving). */
export function monthInChina(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
}

/** The day a date falls on, YYYY-MM-DD, in China's time. */
export function dayInChina(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
