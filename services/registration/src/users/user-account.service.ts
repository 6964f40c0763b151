import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isStrictDescendant } from '@lc/org';
import { AccessDenialRecorder, AuditedCommand, Caller, CommandScope, OrgDirectory, OrgUnitRef, ScopeChecker } from '@lc/platform';
import { UserOrmEntity } from './user.orm-entity';
import { UserRepository } from './user.repository';
import { AccountChangeNotAllowed, UserNotFound } from './user.errors';

export interface AccountChangeOptions {
  /**
   * Who may make it: a cadre at or above the user's unit ('at-or-above'), or only a cadre of a unit
   * strictly above it ('above'): setting someone's password is never for a peer of the same unit.
   */
  from: 'at-or-above' | 'above';
  reason?: string;
}

/**
 * Loads a user the caller may change, runs the change as a command with the row locked, and
 * audits it. Nobody changes their own account this way (their own password goes through POST /auth/password).
 */
@Injectable()
export class UserAccountChanges {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly denials: AccessDenialRecorder,
    private readonly commands: AuditedCommand,
  ) {}

  async change(
    userId: string,
    caller: Caller,
    action: string,
    apply: (user: UserOrmEntity, command: CommandScope, unit: OrgUnitRef) => Promise<Partial<UserOrmEntity>>,
    options: AccountChangeOptions = { from: 'at-or-above' },
  ): Promise<UserOrmEntity> {
    const target = await this.dataSource.getRepository(UserOrmEntity).findOneBy({ id: userId });
    if (!target) throw new UserNotFound(userId);
    const unit = await this.directory.get(target.orgUnitId, 'orgUnitId');
    await this.scope.assert(caller, 'write', { orgPath: unit.path });
    if (userId === caller.principal.userId) await this.deny(caller, AccountChangeNotAllowed.ownAccount());
    if (options.from === 'above' && !isStrictDescendant(unit.path, caller.principal.orgPath)) {
      await this.deny(caller, AccountChangeNotAllowed.notAbove(unit.id, caller.principal.orgUnitId));
    }
    return this.commands.run(caller, async (command) => {
      const { tx } = command;
      const user = await tx.findOneOrFail(UserOrmEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      const changes = await apply(user, command, unit);
      await tx.update(UserOrmEntity, { id: userId }, { ...changes, updatedAt: new Date() });
      await command.audit({
        action,
        entity: { type: 'user', id: userId, orgUnitId: unit.id, orgPath: unit.path },
        // Which fields changed, never their secret values.
        after: { changed: Object.keys(changes).filter((k) => k !== 'passwordHash').concat('passwordHash' in changes ? ['password'] : []) },
        reason: options.reason,
      });
      return Object.assign(user, changes);
    });
  }

  private async deny(caller: Caller, refusal: AccountChangeNotAllowed): Promise<never> {
    await this.denials.record({ ...caller, reason: refusal.message });
    throw refusal;
  }

  /** Whether the user has a password (the hash itself is never selected by default). */
  async hasPassword(userId: string): Promise<boolean> {
    return this.users.hasPassword(this.dataSource.manager, userId);
  }
}
