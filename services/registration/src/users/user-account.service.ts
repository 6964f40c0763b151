import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { UserOrmEntity } from './user.orm-entity';

/**
 * Loads a user the caller may change (a cadre above or at the user's unit), runs the change in a
 * transaction with the row locked, and audits it.
 */
@Injectable()
export class UserAccountChanges {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly audit: AuditTrail,
  ) {}

  async change(
    userId: string,
    caller: Caller,
    action: string,
    apply: (user: UserOrmEntity, tx: EntityManager) => Promise<Partial<UserOrmEntity>>,
    reason?: string,
  ): Promise<UserOrmEntity> {
    const target = await this.dataSource.getRepository(UserOrmEntity).findOneBy({ id: userId });
    if (!target) throw new NotFoundException(`id: there is no user '${userId}'`);
    const unit = await this.directory.get(target.orgUnitId, 'orgUnitId');
    await this.scope.assert(caller, 'write', { orgPath: unit.path });
    return this.dataSource.transaction(async (tx) => {
      const user = await tx.findOneOrFail(UserOrmEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      const changes = await apply(user, tx);
      await tx.update(UserOrmEntity, { id: userId }, { ...changes, updatedAt: new Date() });
      await this.audit.append(tx, {
        actor: { userId: caller.principal.userId, orgUnitId: caller.principal.orgUnitId },
        action,
        entity: { type: 'user', id: userId, orgUnitId: unit.id, orgPath: unit.path },
        // Which fields changed, never their secret values.
        after: { changed: Object.keys(changes).filter((k) => k !== 'passwordHash').concat('passwordHash' in changes ? ['password'] : []) },
        reason,
        correlationId: caller.correlationId,
      });
      return Object.assign(user, changes);
    });
  }

  /** Whether the user has a password (the hash itself is never selected by default). */
  async hasPassword(userId: string): Promise<boolean> {
    const [row]: { has: boolean }[] = await this.dataSource.query(`SELECT password_hash IS NOT NULL AS has FROM users WHERE id = $1`, [userId]);
    return row?.has ?? false;
  }
}
