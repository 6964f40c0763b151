import type { Principal } from '@lc/auth';
import { isSelfOrDescendant, Role, unionCadreRoles } from '@lc/org';

/**
 * The union verification chain: the union cadres and safety inspectors whose unit is the hazard's
 * enterprise or above it. Only they ever see who made a named report. Enterprise management,
 * judges, finance, auditors and other workers see the report, never the reporter.
 */
export const verificationChainRoles: readonly Role[] = [...unionCadreRoles, 'safety_inspector'];

export function inVerificationChain(principal: Principal, enterprisePath: string): boolean {
  return principal.roles.some((r) => verificationChainRoles.includes(r as Role)) && isSelfOrDescendant(enterprisePath, principal.orgPath);
}

/** Who verifies (核实) a report: the enterprise's union cadres and safety inspectors at or above it. */
export const verifierRoles: readonly Role[] = ['enterprise_union_cadre', 'safety_inspector'];
