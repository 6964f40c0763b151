import { Injectable } from '@nestjs/common';
import { EntityManager, Raw } from 'typeorm';
import { anyOf } from '../any-of';
import { INSERT_CHUNK } from '../org-units/org-unit.repository';
import { UserOrmEntity } from './user.orm-entity';

/** The users: the statements that create them, the lock that serialises creations, and what other aggregates check of a user. */
@Injectable()
export class UserRepository {
  /**
   * Serialises concurrent creations, so that the uniqueness checks and the insert see the same users;
   * the unique indexes would refuse a duplicate anyway, but with a message nobody can act on.
   */
  async lockCreations(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('registration.users'))`);
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

  /** Whether the user exists and is active, held (FOR SHARE) against a concurrent deactivation until commit. */
  async isActiveHeld(tx: EntityManager, userId: string): Promise<boolean> {
    const [user]: { active: boolean }[] = await tx.query(`SELECT active FROM users WHERE id = $1 FOR SHARE`, [userId]);
    return user?.active === true;
  }

  /** Whether the user has a password: the hash itself is never selected. */
  async hasPassword(db: EntityManager, userId: string): Promise<boolean> {
    const [row]: { has: boolean }[] = await db.query(`SELECT password_hash IS NOT NULL AS has FROM users WHERE id = $1`, [userId]);
    return row?.has ?? false;
  }

  /** Inserts new users, a chunk of rows per statement. */
  async insertMany(tx: EntityManager, users: UserOrmEntity[]): Promise<void> {
    for (let i = 0; i < users.length; i += INSERT_CHUNK) await tx.insert(UserOrmEntity, users.slice(i, i + INSERT_CHUNK));
  }
}
