/** Closed out of confirmed, to one decimal place of a percent; null when nothing was confirmed. */
export function rectificationRate(closed: number, confirmed: number): number | null {
  return confirmed === 0 ? null : Math.round((closed / confirmed) * 1000) / 10;
}
