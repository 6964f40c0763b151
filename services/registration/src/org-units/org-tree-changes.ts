import { Injectable } from '@nestjs/common';
import {
  EventContract,
  ORG_TREE_PARTITION_KEY,
  orgUnitCreatedV1,
  OrgUnitStateV1,
} from '@lc/contracts';
import { CommandScope } from '@lc/platform';
import { OrgUnitOrmEntity } from './org-unit.orm-entity';
import { OrgUnitRepository } from './org-unit.repository';
import { auditStateOf } from './org-unit.response.dto';

export const unitStateOf = (unit: OrgUnitOrmEntity): OrgUnitStateV1 => ({
  unitId: unit.id,
  kind: unit.kind,
  name: unit.name,
  parentId: unit.parentId,
  path: unit.path,
  active: unit.active,
  version: unit.version,
});

/**
 * The one way the tree changes: under the tree lock (OrgUnitRepository.lockTree), each change is written
 * by the units' repository with its event (for the other services' read models) and its audit entry,
 * in the command's transaction, by its caller.
 */
@Injectable()
export class OrgTreeChanges {
  constructor(private readonly units: OrgUnitRepository) {}

  /** Inserts new units (parents before children), with one created event and one audit entry each. */
  async insertUnits({ tx, publishMany, auditMany }: CommandScope, units: OrgUnitOrmEntity[], reason?: string): Promise<void> {
    if (units.length === 0) return;
    await this.units.insertMany(tx, units);
    await publishMany(
      orgUnitCreatedV1,
      units.map((unit) => ({
        aggregateId: unit.id,
        orgUnitId: unit.id,
        partitionKey: ORG_TREE_PARTITION_KEY,
        payload: unitStateOf(unit),
      })),
    );
    await auditMany(
      units.map((unit) => ({
        action: 'org-unit.created',
        entity: { type: 'org-unit', id: unit.id, orgUnitId: unit.id, orgPath: unit.path },
        after: auditStateOf(unit),
        reason,
      })),
    );
  }

  /** Saves a changed unit with its version bumped, its event and its audit entry (before and after). */
  async saveChange<P extends OrgUnitStateV1>(
    { tx, publish, audit }: CommandScope,
    change: {
      before: OrgUnitOrmEntity;
      after: OrgUnitOrmEntity;
      action: string;
      contract: EventContract<P>;
      payload?: (state: OrgUnitStateV1) => P;
      reason?: string | null;
    },
  ): Promise<OrgUnitOrmEntity> {
    const after = await this.units.saveNewVersion(tx, change.before, change.after);
    const state = unitStateOf(after);
    await publish(change.contract, {
      aggregateId: after.id,
      orgUnitId: after.id,
      partitionKey: ORG_TREE_PARTITION_KEY,
      payload: change.payload ? change.payload(state) : (state as P),
    });
    await audit({
      action: change.action,
      entity: { type: 'org-unit', id: after.id, orgUnitId: after.id, orgPath: after.path },
      before: auditStateOf(change.before),
      after: auditStateOf(after),
      reason: change.reason,
    });
    return after;
  }
}
