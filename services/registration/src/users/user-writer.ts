import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { EntityManager, Raw } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { anyOf } from '../any-of';
import { assertRoleBinding, OrgRuleError, Role } from '@lc/org';
import { INSERT_CHUNK } from '../org-units/org-tree.writer';
import { OrgUnitOrmEntity } from '../org-units/org-unit.orm-entity';
import { auditStateOfUser } from './user.response.dto';
import { UserOrmEntity } from './user.orm-entity';

export interface UserActor {
  userId: string;
  orgUnitId: string;
  correlationId: string;
}

/** Creating users, one or a whole import: the binding rules, uniqueness, and an audit entry each. */
@Injectable()
export class UserWriter {
  constructor(private readonly audit: AuditTrail) {}

  /** Why these roles cannot be held at this unit, or null. */
  bindingProblem(userRoles: readonly Role[], unit: OrgUnitOrmEntity): string | null {
    if (!unit.active) return `${unit.id} (${unit.name}) is deactivated`;
    for (const role of userRoles) {
      try {
        assertRoleBinding(role, unit);
      } catch (err) {
        if (err instanceof OrgRuleError) return err.message;
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
      throw new ConflictException(
        taken.usernames.has(clash.username.toLowerCase())
          ? `username: '${clash.username}' is already taken`
          : `mobile: ${clash.mobile} already belongs to another user`,
      );
    }
    for (let i = 0; i < users.length; i += INSERT_CHUNK) await tx.insert(UserOrmEntity, users.slice(i, i + INSERT_CHUNK));
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

export function assertBindable(writer: UserWriter, userRoles: readonly Role[], unit: OrgUnitOrmEntity): void {
  const problem = writer.bindingProblem(userRoles, unit);
  if (problem) throw new BadRequestException(`roles: ${problem}`);
}
