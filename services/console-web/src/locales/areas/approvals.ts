/**
 * The approvals screens' texts: Chinese first, English with the same keys (a missing one fails the
 * build). Keys start with 'approvals.'.
 */
const zh = {} as const;

export const approvalsZh = zh;
export const approvalsEn: Record<keyof typeof zh, string> = {};
