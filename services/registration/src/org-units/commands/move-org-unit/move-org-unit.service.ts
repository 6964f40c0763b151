import { Injectable } from '@nestjs/common';
import { orgUnitMovedV1 } from '@lc/contracts';
import { OrgRuleError, parentPathOf, validateMove } from '@lc/org';
import { AuditedCommand, Caller, MovedPathRebaser, OrgDirectory, ScopeChecker } from '@lc/platform';
import { OrgTreeChanges } from '../../org-tree-changes';
import { OrgUnitRepository } from '../../org-unit.repository';
import { OrgUnitOrmEntity } from '../../org-unit.orm-entity';
import { MoveOrgUnitRequestDto } from './move-org-unit.request.dto';
import { AlreadyUnderParent, MoveRefused, RootUnitFixed } from '../../org-unit.errors';

@Injectable()
export class MoveOrgUnitService {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly units: OrgUnitRepository,
    private readonly tree: OrgTreeChanges,
    private readonly storedPaths: MovedPathRebaser,
  ) {}

  /**
   * Moves a unit with its whole subtree. Taking a unit from one parent and giving it to another is a
   * change to both, so the caller must be above the unit (a unit does not move itself) and reach the
   * new parent. The paths other rows stored (approval items) are rebased with the tree.
   */
  async execute(unitId: string, request: MoveOrgUnitRequestDto, caller: Caller): Promise<OrgUnitOrmEntity> {
    const unitRef = await this.directory.get(unitId, 'id');
    const fromPath = parentPathOf(unitRef.path);
    if (fromPath === null) throw new RootUnitFixed(unitId, 'moved');
    const newParentRef = await this.directory.getReferenced(request.newParentId, 'newParentId');
    await this.scope.assert(caller, 'write', { orgPath: fromPath });
    await this.scope.assert(caller, 'write', { orgPath: newParentRef.path });

    return this.commands.run(caller, async (command) => {
      const { tx } = command;
      await this.units.lockTree(tx);
      const before = await tx.findOneByOrFail(OrgUnitOrmEntity, { id: unitId });
      const newParent = await tx.findOneByOrFail(OrgUnitOrmEntity, { id: request.newParentId });
      if (before.parentId === newParent.id) {
        throw new AlreadyUnderParent(unitId, newParent.id);
      }
      let newPath: string;
      try {
        newPath = validateMove(before, newParent).newPath;
      } catch (err) {
        if (err instanceof OrgRuleError) throw new MoveRefused(err);
        throw err;
      }
      const oldPath = before.path;
      await this.units.rebaseDescendants(tx, oldPath, newPath);
      // Paths stored with other rows (an approval item's submitting unit) follow in the same commit, so
      // the new township reads the moved unit's approvals from the moment the move is seen, the old one no longer.
      await this.storedPaths.rebase(tx, oldPath, newPath);
      return this.tree.saveChange(
        command,
        {
          before,
          after: tx.create(OrgUnitOrmEntity, { ...before, parentId: newParent.id, path: newPath }),
          action: 'org-unit.moved',
          contract: orgUnitMovedV1,
          payload: (state) => ({ ...state, oldPath }),
          reason: request.reason,
        },
      );
    });
  }
}
