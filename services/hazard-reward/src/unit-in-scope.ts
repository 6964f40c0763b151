/** Shared by every service's scoped lists and statistics. */
export { UnitInScope } from '@lc/platform';
