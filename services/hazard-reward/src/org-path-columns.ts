import type { OrgPathColumn } from '@lc/platform';

/**
 * Hazard-reward's columns that store an org path copied when the row was written. Scope checks and
 * subtree lists compare them with the caller's path, so they are rebased when a subtree moves (in the
 * transaction that moves the copy of the tree): after an enterprise moves to another township, the new
 * township sees its reports, hazards and rewards and the old one no longer does. A new table with a
 * path column is listed here.
 */
export const hazardRewardOrgPathColumns: readonly OrgPathColumn[] = [
  { table: 'hazard_reports', column: 'enterprise_path' },
  { table: 'hazards', column: 'enterprise_path' },
  { table: 'reward_schemes', column: 'issuing_path' },
  { table: 'reward_budgets', column: 'issuing_path' },
  { table: 'rewards', column: 'issuing_path' },
];
