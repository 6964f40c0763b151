import type { OrgUnitKind, Role } from '@lc/org';
import type { SqlRunner } from '../database/sql-runner';

/**
 * Who can decide at a unit: the owning service answers from its users (registration owns them). A
 * chain is resolved at submission, so a level with nobody able to decide is refused there.
 */
export abstract class ApproverDirectory {
  /** Active users bound to the unit with one of the roles, e.g. the township union's cadres; read through `db` inside a transaction. */
  abstract usersWithRoles(unitId: string, roles: readonly Role[], db?: SqlRunner): Promise<string[]>;

  /** Names and units of these users, for showing who signed what; users it does not know are left out. */
  abstract people(userIds: readonly string[]): Promise<Record<string, ApprovalPerson>>;
}

export interface ApprovalPerson {
  displayName: string;
  orgUnitId: string;
}

/** Which roles decide an item's step at each kind of unit: the opinion boxes of that item's form. */
export type DeciderRoles = Partial<Record<OrgUnitKind, readonly Role[]>>;
