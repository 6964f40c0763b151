import { Injectable } from '@nestjs/common';
import { userCreatedV1, UserStateV1, userUpdatedV1 } from '@lc/contracts';
import { CommandScope } from '@lc/platform';
import { assertRoleBinding, OrgRuleError, Role } from '@lc/org';
import { OrgUnitOrmEntity } from '../org-units/org-unit.orm-entity';
import { auditStateOfUser } from './user.response.dto';
import { UserOrmEntity } from './user.orm-entity';
import { UserRepository } from './user.repository';
import { MobileTaken, RolesNotBindable, UsernameTaken } from './user.errors';

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
 * the other services' users read models) and an audit entry each, in the command's transaction, by its caller.
 */
@Injectable()
export class UserRegistrar {
  constructor(private readonly users: UserRepository) {}

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

  async insert(command: CommandScope, users: UserOrmEntity[], orgPathOf: (unitId: string) => string, reason?: string): Promise<void> {
    const { tx } = command;
    if (users.length === 0) return;
    await this.users.lockCreations(tx);
    const taken = await this.users.taken(tx, users.map((u) => u.username), users.flatMap((u) => (u.mobile ? [u.mobile] : [])));
    const clash = users.find((u) => taken.usernames.has(u.username.toLowerCase()) || (u.mobile && taken.mobiles.has(u.mobile)));
    if (clash) {
      throw taken.usernames.has(clash.username.toLowerCase()) ? new UsernameTaken(clash.username) : new MobileTaken(clash.mobile);
    }
    await this.users.insertMany(tx, users);
    // One statement for a whole import: the events are bound as arrays, not one parameter per field.
    // The event occurs when the user was created, so read models can order users as registration does.
    await command.publishMany(
      userCreatedV1,
      users.map((user) => ({
        aggregateId: user.id,
        orgUnitId: user.orgUnitId,
        occurredAt: user.createdAt,
        payload: userStateOf(user),
      })),
    );
    await command.auditMany(
      users.map((user) => ({
        action: 'user.created',
        entity: { type: 'user', id: user.id, orgUnitId: user.orgUnitId, orgPath: orgPathOf(user.orgUnitId) },
        after: auditStateOfUser(user),
        reason,
      })),
    );
  }
}

/** Publishes a user's changed state (roles, deactivation) in the command that changed it; `user` carries its new version. */
export async function publishUserUpdated({ publish }: CommandScope, user: UserOrmEntity): Promise<void> {
  await publish(userUpdatedV1, { aggregateId: user.id, orgUnitId: user.orgUnitId, payload: userStateOf(user) });
}

export function assertBindable(registrar: UserRegistrar, userRoles: readonly Role[], unit: OrgUnitOrmEntity): void {
  const problem = registrar.bindingRefusal(userRoles, unit);
  if (problem) throw new RolesNotBindable(problem.en, problem.zh);
}
