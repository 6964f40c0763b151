/** Score bands of a finalised sheet, by its score as a percent of its form's total points, highest first. */
export const SCORE_BANDS = [
  { band: '90-100', from: 90 },
  { band: '80-89', from: 80 },
  { band: '70-79', from: 70 },
  { band: '60-69', from: 60 },
  { band: '0-59', from: 0 },
] as const;

/** The band of a score column out of a total points column: the highest band whose lower end its percent reaches. */
export function scoreBandSql(score: string, totalPoints: string): string {
  const percent = `(${score} * 100 / nullif(${totalPoints}, 0))`;
  return `CASE ${SCORE_BANDS.filter((b) => b.from > 0).map((b) => `WHEN ${percent} >= ${b.from} THEN '${b.band}'`).join(' ')} ELSE '0-59' END`;
}
