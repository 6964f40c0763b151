import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import {
  EventContract,
  ORG_TREE_PARTITION_KEY,
  orgUnitCreatedV1,
  OrgUnitStateV1,
} from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { OrgUnitOrmEntity } from './org-unit.orm-entity';
import { OrgUnitRepository } from './org-unit.repository';
import { auditStateOf } from './org-unit.response.dto';

export interface TreeActor {
  userId: string;
  orgUnitId: string;
  correlationId: string;
}

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
 * in the caller's transaction.
 */
@Injectable()
export class OrgTreeChanges {
  constructor(
    private readonly units: OrgUnitRepository,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditTrail,
  ) {}

  /** Inserts new units (parents before children), with one created event and one audit entry each. */
  async insertUnits(tx: EntityManager, units: OrgUnitOrmEntity[], actor: TreeActor, reason?: string): Promise<void> {
    if (units.length === 0) return;
    await this.units.insertMany(tx, units);
    await this.outbox.publishMany(
      tx,
      orgUnitCreatedV1,
      units.map((unit) => ({
        aggregateId: unit.id,
        orgUnitId: unit.id,
        partitionKey: ORG_TREE_PARTITION_KEY,
        correlationId: actor.correlationId,
        payload: unitStateOf(unit),
      })),
    );
    await this.audit.appendMany(
      tx,
      units.map((unit) => ({
        actor,
        action: 'org-unit.created',
        entity: { type: 'org-unit', id: unit.id, orgUnitId: unit.id, orgPath: unit.path },
        after: auditStateOf(unit),
        reason,
        correlationId: actor.correlationId,
      })),
    );
  }

  /** Saves a changed unit with its version bumped, its event and its audit entry (before and after). */
  async saveChange<P extends OrgUnitStateV1>(
    tx: EntityManager,
    change: {
      before: OrgUnitOrmEntity;
      after: OrgUnitOrmEntity;
      action: string;
      contract: EventContract<P>;
      payload?: (state: OrgUnitStateV1) => P;
      reason?: string | null;
    },
    actor: TreeActor,
  ): Promise<OrgUnitOrmEntity> {
    const after = await this.units.saveNewVersion(tx, change.before, change.after);
    const state = unitStateOf(after);
    await this.outbox.publish(tx, change.contract, {
      aggregateId: after.id,
      orgUnitId: after.id,
      partitionKey: ORG_TREE_PARTITION_KEY,
      correlationId: actor.correlationId,
      payload: change.payload ? change.payload(state) : (state as P),
    });
    await this.audit.append(tx, {
      actor,
      action: change.action,
      entity: { type: 'org-unit', id: after.id, orgUnitId: after.id, orgPath: after.path },
      before: auditStateOf(change.before),
      after: auditStateOf(after),
      reason: change.reason,
      correlationId: actor.correlationId,
    });
    return after;
  }
}
