import { z } from 'zod';
import { roles } from '@lc/org';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';

/**
 * Registration owns users; other services keep a copy of who is who (their users read model) from
 * these events alone: to resolve who decides an approval step at a unit, and who a designated person
 * named on a record is. The message key is the user's id, so one user's events arrive in order.
 *
 * Only what those uses need travels: never the mobile, the password, or any personal particular
 * beyond the display name (the topic is kept forever, see `retainedForeverTopics`). `version` counts
 * the user's changes, 1 on creation: a consumer ignores an event whose version it has already applied.
 */
const userState = z.object({
  userId: z.uuid(),
  /** The one unit the user acts for. */
  orgUnitId: z.string().min(1),
  displayName: z.string().min(1),
  roles: z.array(z.enum(roles)).min(1),
  active: z.boolean(),
  version: z.number().int().min(1),
});

export const userCreatedV1 = defineEvent({
  type: 'user.created',
  version: 1,
  topic: Topics.registrationUsers,
  description:
    "A user was bound to an org unit with roles (singly or by a worker import). Other services' users read models use it to find who decides an approval step at a unit and whom a record designates.",
  payload: userState,
});

export type UserStateV1 = z.infer<typeof userState>;

export const userUpdatedV1 = defineEvent({
  type: 'user.updated',
  version: 1,
  topic: Topics.registrationUsers,
  description:
    "A user's roles changed or the user was deactivated; the payload is the user as they now are, with a higher version. A deactivated user decides nothing any more.",
  payload: userState,
});
