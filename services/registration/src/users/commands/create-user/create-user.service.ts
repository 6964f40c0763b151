import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@lc/auth';
import { AuditedCommand, Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { OrgUnitOrmEntity } from '../../../org-units/org-unit.orm-entity';
import { UserOrmEntity } from '../../user.orm-entity';
import { assertBindable, UserRegistrar } from '../../user-registrar';
import { CreateUserRequestDto } from './create-user.request.dto';

@Injectable()
export class CreateUserService {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly registrar: UserRegistrar,
  ) {}

  /** Binds a new user to a unit within the caller's subtree, with roles that exist at that kind of unit. */
  async execute(request: CreateUserRequestDto, caller: Caller): Promise<{ user: UserOrmEntity; hasPassword: boolean }> {
    const unitRef = await this.directory.getReferenced(request.orgUnitId, 'orgUnitId');
    await this.scope.assert(caller, 'write', { orgPath: unitRef.path });
    const passwordHash = request.password ? await hashPassword(request.password) : null;
    const user = await this.commands.run(caller, async (command) => {
      const { tx } = command;
      const unit = await tx.findOneByOrFail(OrgUnitOrmEntity, { id: request.orgUnitId });
      assertBindable(this.registrar, request.roles, unit);
      const now = new Date();
      const created = tx.create(UserOrmEntity, {
        id: randomUUID(),
        username: request.username,
        displayName: request.displayName.trim(),
        orgUnitId: unit.id,
        roles: request.roles,
        passwordHash,
        // Set by the cadre, so only until the user logs in and chooses their own.
        passwordChangeRequired: passwordHash !== null,
        passwordSetBy: passwordHash !== null ? caller.principal.userId : null,
        passwordSetAt: passwordHash !== null ? now : null,
        version: 1,
        active: true,
        gender: request.gender ?? null,
        mobile: request.mobile ?? null,
        trade: request.trade?.trim() || null,
        skillGrade: request.skillGrade ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await this.registrar.insert(command, [created], () => unit.path);
      return created;
    });
    return { user, hasPassword: passwordHash !== null };
  }
}
