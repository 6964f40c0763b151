/**
 * The competitions screens' texts: Chinese first, English with the same keys (a missing one fails the
 * build). Keys start with 'competitions.'.
 */
const zh = {} as const;

export const competitionsZh = zh;
export const competitionsEn: Record<keyof typeof zh, string> = {};
