import type { OrgUnitKind } from '@lc/org';
import type { SqlRunner } from '../database/sql-runner';
import { OrgUnitNotFound, UnknownOrgUnitReferenced } from './org-tree.errors';

/** What a service needs to know about a unit to check scope: its kind and place in the tree. */
export interface OrgUnitRef {
  id: string;
  kind: OrgUnitKind;
  name: string;
  parentId: string | null;
  /** Ids from the root down to the unit itself. */
  path: string;
  active: boolean;
}

/**
 * Finds org units by id. Registration answers from the tree it owns; every other service from its
 * read model of that tree, fed by org-unit events, so a scope check never calls another service.
 * Inside a transaction, pass it as `db`: the directory then reads through the transaction's connection.
 */
export abstract class OrgDirectory {
  abstract find(unitId: string, db?: SqlRunner): Promise<OrgUnitRef | null>;

  /** The unit named in the path of the request (/org-units/:id), or 404. */
  async get(unitId: string, field = 'id', db?: SqlRunner): Promise<OrgUnitRef> {
    const unit = await this.find(unitId, db);
    if (!unit) throw new OrgUnitNotFound(unitId, field);
    return unit;
  }

  /** A unit a request body or query refers to, or 400 naming the field: the input is wrong, not the address. */
  async getReferenced(unitId: string, field: string, db?: SqlRunner): Promise<OrgUnitRef> {
    const unit = await this.find(unitId, db);
    if (!unit) throw new UnknownOrgUnitReferenced(unitId, field);
    return unit;
  }
}
