import { z } from 'zod';
import { orgUnitKinds } from '@lc/org';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';

/**
 * Every org-unit event carries the unit as it now is, so a consumer keeps its read model of the tree
 * (ids, kinds, ancestor paths) from the events alone. `version` counts the unit's changes: a consumer
 * ignores an event whose version it has already applied.
 *
 * All org-unit events share one partition key (the tree), so they arrive in the order they were made:
 * a unit created under a parent that was moved just before arrives with the parent's new path.
 */
export const ORG_TREE_PARTITION_KEY = 'org-tree';

const orgUnitState = z.object({
  unitId: z.string().min(1),
  kind: z.enum(orgUnitKinds),
  name: z.string().min(1),
  parentId: z.string().min(1).nullable(),
  /** Ids from the root down to the unit itself: '/city/county-a/town-1'. */
  path: z.string().regex(/^(\/[A-Za-z0-9_-]+)+$/),
  active: z.boolean(),
  version: z.number().int().min(1),
});

export const orgUnitCreatedV1 = defineEvent({
  type: 'org-unit.created',
  version: 1,
  topic: Topics.registrationOrgUnits,
  description: 'An org unit (union, enterprise union, team) was added to the tree.',
  payload: orgUnitState,
});

export const orgUnitUpdatedV1 = defineEvent({
  type: 'org-unit.updated',
  version: 1,
  topic: Topics.registrationOrgUnits,
  description: "An org unit's name or details changed; its place in the tree did not.",
  payload: orgUnitState,
});

export const orgUnitMovedV1 = defineEvent({
  type: 'org-unit.moved',
  version: 1,
  topic: Topics.registrationOrgUnits,
  description:
    'An org unit was moved under another parent with its whole subtree: every path that began with oldPath now begins with path.',
  payload: orgUnitState.extend({ oldPath: orgUnitState.shape.path }),
});

export const orgUnitDeactivatedV1 = defineEvent({
  type: 'org-unit.deactivated',
  version: 1,
  topic: Topics.registrationOrgUnits,
  description: 'An org unit was deactivated; it stays in the tree with its history but takes no new work.',
  payload: orgUnitState,
});

export type OrgUnitStateV1 = z.infer<typeof orgUnitState>;
export type OrgUnitMovedV1 = z.infer<typeof orgUnitMovedV1.payload>;
