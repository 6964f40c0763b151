import { isSelfOrDescendant } from './org-path';
import { Role, unionCadreRoles } from './roles';

/**
 * Who may know who made a named hazard report (DOMAIN §3: "enterprise management never sees who
 * reported"): the union line — union cadres and safety inspectors — at the record's unit or above it.
 * Enterprise management, judges, finance, auditors and other workers never learn it, from the report
 * or from anything derived from it (a nomination put forward on a hazard-reporting record).
 */
export const reporterReaderRoles: readonly Role[] = [...unionCadreRoles, 'safety_inspector'];

export function mayKnowReporter(actor: { orgPath: string; roles: readonly string[] }, recordPath: string): boolean {
  return actor.roles.some((r) => (reporterReaderRoles as readonly string[]).includes(r)) && isSelfOrDescendant(recordPath, actor.orgPath);
}
