import { Injectable } from '@nestjs/common';
import { orgUnitDeactivatedV1 } from '@lc/contracts';
import { parentPathOf } from '@lc/org';
import { AuditedCommand, Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { SessionEnder } from '../../../auth/sessions/session-ender';
import { OrgTreeChanges } from '../../org-tree-changes';
import { OrgUnitRepository } from '../../org-unit.repository';
import { OrgUnitOrmEntity } from '../../org-unit.orm-entity';
import { DeactivateOrgUnitRequestDto } from './deactivate-org-unit.request.dto';
import { HasActiveSubUnits, OrgUnitAlreadyDeactivated, RootUnitFixed } from '../../org-unit.errors';

@Injectable()
export class DeactivateOrgUnitService {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly units: OrgUnitRepository,
    private readonly tree: OrgTreeChanges,
    private readonly sessions: SessionEnder,
  ) {}

  /**
   * A unit is never deleted: its history (enrolments, reports, honours) keeps pointing at it. It is
   * deactivated by a union above it, once nothing active remains under it; its users can no longer log
   * in, and their sessions (of every user in its subtree) end at once everywhere.
   */
  async execute(unitId: string, request: DeactivateOrgUnitRequestDto, caller: Caller): Promise<OrgUnitOrmEntity> {
    const ref = await this.directory.get(unitId, 'id');
    const parentPath = parentPathOf(ref.path);
    if (parentPath === null) throw new RootUnitFixed(unitId, 'deactivated');
    await this.scope.assert(caller, 'write', { orgPath: parentPath });

    return this.commands.run(caller, async (command) => {
      const { tx } = command;
      await this.units.lockTree(tx);
      const before = await tx.findOneByOrFail(OrgUnitOrmEntity, { id: unitId });
      if (!before.active) throw new OrgUnitAlreadyDeactivated(unitId);
      const activeChildren = await tx.countBy(OrgUnitOrmEntity, { parentId: unitId, active: true });
      if (activeChildren > 0) {
        throw new HasActiveSubUnits(unitId, activeChildren);
      }
      await this.sessions.end(tx, { unitPath: before.path }, 'unit-deactivated', caller.correlationId);
      return this.tree.saveChange(
        command,
        {
          before,
          after: tx.create(OrgUnitOrmEntity, { ...before, active: false, deactivatedAt: new Date(), deactivationReason: request.reason }),
          action: 'org-unit.deactivated',
          contract: orgUnitDeactivatedV1,
          reason: request.reason,
        },
      );
    });
  }
}
