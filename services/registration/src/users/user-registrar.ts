import { Injectable } from '@nestjs/common';
import { EntityManager, Raw } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { userCreatedV1, UserStateV1, userUpdatedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { anyOf } from '../any-of';
import { assertRoleBinding, OrgRuleError, Role } from '@lc/org';
import { INSERT_CHUNK } from '../org-units/org-tree.writer';
import { OrgUnitOrmEntity } from '../org-units/org-unit.orm-entity';
import { auditStateOfUser } from './user.response.dto';
import { UserOrmEntity } from './user.orm-entity';
import { MobileTaken, RolesNotBindable, UsernameTaken } from './user.errors';

export interface UserActor {
  userId: string;
  orgUnitId: string;
  correlationId: string;
}

/**
 * What other services learn of a user: no mobile, password or other particulars. `version` counts
 * the changes of this state (1 on creation), so a read model ignores one it has already applied.
 */
export const userStateOf = (user: UserOrmEntity): UserStateV1 => ({
  userId: user.id,
  orgUnitId: user.orgUnitId,
  displayName: user.displayName,
  roles: user.roles,
  active: user.active,
  version: user.version,
});

/**
 * Creating users, one or a whole import: the binding rules, uniqueness, and a user.created event (for
 * the other services' users read models) and an audit entry each, in the caller's transaction.
 */
@Injectable()
export class UserWriter {
  constructor(
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditTrail,
  ) {}

  /** Why these roles cannot be held at this unit, or null. */
  bindingProblem(userRoles: readonly Role[], unit: OrgUnitOrmEntity): string | null {
    return this.bindingRefusal(userRoles, unit)?.en ?? null;
  }

  /** Why these roles cannot be held at this unit, in English and in Chinese, or null. */
  bindingRefusal(userRoles: readonly Role[], unit: OrgUnitOrmEntity): { en: string; zh: string } | null {
    if (!unit.active) return { en: `${unit.id} (${unit.name}) is deactivated`, zh: `${unit.name} 已停用` };
    for (const role of userRoles) {
      try {
        assertRoleBinding(role, unit);
      } catch (err) {
        if (err instanceof OrgRuleError) return { en: err.message, zh: err.messageZh };
        throw err;
      }
    }
    return null;
  }

  /** Usernames (case-insensitive) and mobiles among these that already belong to someone. */
  async taken(tx: EntityManager, usernames: string[], mobiles: string[]): Promise<{ usernames: Set<string>; mobiles: Set<string> }> {
    const lowered = usernames.map((u) => u.toLowerCase());
    const byName = lowered.length
      ? await tx.findBy(UserOrmEntity, { username: Raw((alias) => `lower(${alias}) = ANY(:names)`, { names: lowered }) })
      : [];
    const byMobile = mobiles.length ? await tx.findBy(UserOrmEntity, { mobile: anyOf(mobiles) }) : [];
    return {
      usernames: new Set(byName.map((u) => u.username.toLowerCase())),
      mobiles: new Set(byMobile.flatMap((u) => (u.mobile ? [u.mobile] : []))),
    };
  }

  async insert(tx: EntityManager, users: UserOrmEntity[], actor: UserActor, orgPathOf: (unitId: string) => string, reason?: string): Promise<void> {
    if (users.length === 0) return;
    // Serialises concurrent creations, so the checks above and the insert see the same users; the
    // unique indexes would refuse a duplicate anyway, but with a message nobody can act on.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('registration.users'))`);
    const taken = await this.taken(tx, users.map((u) => u.username), users.flatMap((u) => (u.mobile ? [u.mobile] : [])));
    const clash = users.find((u) => taken.usernames.has(u.username.toLowerCase()) || (u.mobile && taken.mobiles.has(u.mobile)));
    if (clash) {
      throw taken.usernames.has(clash.username.toLowerCase()) ? new UsernameTaken(clash.username) : new MobileTaken(clash.mobile);
    }
    for (let i = 0; i < users.length; i += INSERT_CHUNK) await tx.insert(UserOrmEntity, users.slice(i, i + INSERT_CHUNK));
    // One statement for a whole import: the events are bound as arrays, not one parameter per field.
    // The event occurs when the user was created, so read models can order users as registration does.
    await this.outbox.publishMany(
      tx,
      userCreatedV1,
      users.map((user) => ({
        aggregateId: user.id,
        orgUnitId: user.orgUnitId,
        correlationId: actor.correlationId,
        occurredAt: user.createdAt,
        payload: userStateOf(user),
      })),
    );
    await this.audit.appendMany(
      tx,
      users.map((user) => ({
        actor,
        action: 'user.created',
        entity: { type: 'user', id: user.id, orgUnitId: user.orgUnitId, orgPath: orgPathOf(user.orgUnitId) },
        after: auditStateOfUser(user),
        reason,
        correlationId: actor.correlationId,
      })),
    );
  }
}

/** Publishes a user's changed state (roles, deactivation) in the transaction that changed it; `user` carries its new version. */
export async function publishUserUpdated(outbox: OutboxPublisher, tx: EntityManager, user: UserOrmEntity, correlationId: string): Promise<void> {
  await outbox.publish(tx, userUpdatedV1, { aggregateId: user.id, orgUnitId: user.orgUnitId, correlationId, payload: userStateOf(user) });
}

export function assertBindable(writer: UserWriter, userRoles: readonly Role[], unit: OrgUnitOrmEntity): void {
  const problem = writer.bindingRefusal(userRoles, unit);
  if (problem) throw new RolesNotBindable(problem.en, problem.zh);
}
