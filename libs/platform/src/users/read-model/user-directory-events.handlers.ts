import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EntityManager } from 'typeorm';
import { EventEnvelope, userCreatedV1, UserStateV1, userUpdatedV1 } from '@lc/contracts';
import { InboxContext, InboxEvent } from '../../messaging/inbox-event.decorator';
import { UserDirectoryListeners } from './user-directory-listeners';

/**
 * Writes the user's state as the event gives it, unless a later version is already there (the inbox
 * makes redelivery harmless; the version makes replays of older events harmless too). The creation
 * time is kept from the first write: it is when registration created the user, not when we heard.
 */
async function applyUserState(tx: EntityManager, user: UserStateV1, occurredAt: string): Promise<boolean> {
  const [applied]: unknown[] = await tx.query(
    `INSERT INTO user_directory (id, org_unit_id, display_name, roles, active, version, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())
     ON CONFLICT (id) DO UPDATE
        SET org_unit_id = EXCLUDED.org_unit_id, display_name = EXCLUDED.display_name, roles = EXCLUDED.roles,
            active = EXCLUDED.active, version = EXCLUDED.version, updated_at = now()
      WHERE user_directory.version < EXCLUDED.version
    RETURNING id`,
    [user.userId, user.orgUnitId, user.displayName, user.roles, user.active, user.version, occurredAt],
  );
  return applied !== undefined;
}

@Controller()
export class UserCreatedHandler {
  constructor(private readonly listeners: UserDirectoryListeners) {}

  @InboxEvent(userCreatedV1, { consumer: 'users' })
  async handle(@Payload() event: EventEnvelope<UserStateV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    if (await applyUserState(tx, event.payload, event.occurredAt)) await this.listeners.applied(tx, event.payload);
  }
}

/** Roles changed or the user was deactivated: the same state, a higher version. */
@Controller()
export class UserUpdatedHandler {
  constructor(private readonly listeners: UserDirectoryListeners) {}

  @InboxEvent(userUpdatedV1, { consumer: 'users' })
  async handle(@Payload() event: EventEnvelope<UserStateV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    if (await applyUserState(tx, event.payload, event.occurredAt)) await this.listeners.applied(tx, event.payload);
  }
}

export const userDirectoryEventHandlers = [UserCreatedHandler, UserUpdatedHandler];
