import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EntityManager } from 'typeorm';
import {
  EventEnvelope,
  orgUnitCreatedV1,
  orgUnitDeactivatedV1,
  OrgUnitMovedV1,
  orgUnitMovedV1,
  OrgUnitStateV1,
  orgUnitUpdatedV1,
} from '@lc/contracts';
import { descendantsLikePattern } from '@lc/org';
import { afterTransaction } from '../../database/transaction-guard';
import { InboxContext, InboxEvent } from '../../messaging/inbox-event.decorator';
import { MovedPathRebaser } from './moved-path-rebaser';
import { OrgUnitCache } from './org-unit-cache';

/**
 * Writes the unit's state as the event gives it, unless a later version is already there (the inbox
 * makes redelivery harmless; the version makes replays of older events harmless too). Returns whether
 * the event was applied.
 */
async function applyUnitState(tx: EntityManager, unit: OrgUnitStateV1, cache: OrgUnitCache): Promise<boolean> {
  // Once this commits, what was read before it is stale (a move changes the paths of a whole subtree).
  await afterTransaction(async () => cache.forgetAll());
  const rows: unknown[] = await tx.query(
    `INSERT INTO org_tree_units (id, kind, name, parent_id, path, active, version, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())
     ON CONFLICT (id) DO UPDATE
        SET kind = EXCLUDED.kind, name = EXCLUDED.name, parent_id = EXCLUDED.parent_id, path = EXCLUDED.path,
            active = EXCLUDED.active, version = EXCLUDED.version, updated_at = now()
      WHERE org_tree_units.version < EXCLUDED.version
     RETURNING id`,
    [unit.unitId, unit.kind, unit.name, unit.parentId, unit.path, unit.active, unit.version],
  );
  return rows.length > 0;
}

/**
 * The copy of the org tree, kept from registration's org-unit events. A move carries the whole subtree
 * along: every path under the old one is rebased onto the new one, in the copy of the tree and in every
 * path the service stored with its own rows (MovedPathRebaser).
 */
@Controller()
export class OrgTreeEvents {
  constructor(
    private readonly cache: OrgUnitCache,
    private readonly storedPaths: MovedPathRebaser,
  ) {}

  @InboxEvent(orgUnitCreatedV1, { consumer: 'org-tree' })
  async onUnitCreated(@Payload() event: EventEnvelope<OrgUnitStateV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    await applyUnitState(tx, event.payload, this.cache);
  }

  @InboxEvent(orgUnitUpdatedV1, { consumer: 'org-tree' })
  async onUnitUpdated(@Payload() event: EventEnvelope<OrgUnitStateV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    await applyUnitState(tx, event.payload, this.cache);
  }

  @InboxEvent(orgUnitDeactivatedV1, { consumer: 'org-tree' })
  async onUnitDeactivated(@Payload() event: EventEnvelope<OrgUnitStateV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    await applyUnitState(tx, event.payload, this.cache);
  }

  @InboxEvent(orgUnitMovedV1, { consumer: 'org-tree' })
  async onUnitMoved(@Payload() event: EventEnvelope<OrgUnitMovedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    const { oldPath, ...unit } = event.payload;
    if (!(await applyUnitState(tx, unit, this.cache))) return;
    await tx.query(
      `UPDATE org_tree_units SET path = $2 || substr(path, length($1) + 1), updated_at = now()
        WHERE path LIKE $3`,
      [oldPath, unit.path, descendantsLikePattern(oldPath)],
    );
    await this.storedPaths.rebase(tx, oldPath, unit.path);
  }
}

export const orgTreeEventHandlers = [OrgTreeEvents];
