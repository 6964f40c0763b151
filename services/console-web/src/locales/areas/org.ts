/**
 * The org screens' texts: Chinese first, English with the same keys (a missing one fails the
 * build). Keys start with 'org.'.
 */
const zh = {} as const;

export const orgZh = zh;
export const orgEn: Record<keyof typeof zh, string> = {};
