import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { normaliseCreditCode, pathOf } from '@lc/org';
import { AuditedCommand, Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { OrgTreeChanges } from '../../org-tree-changes';
import { OrgUnitRepository } from '../../org-unit.repository';
import { OrgUnitOrmEntity } from '../../org-unit.orm-entity';
import { enterpriseIdOf, placementProblem } from '../../placement';
import { CreateOrgUnitRequestDto } from './create-org-unit.request.dto';
import { CreditCodeTaken, EnterpriseDetailsMisplaced, OrgUnitIdTaken, PlacementRefused } from '../../org-unit.errors';

@Injectable()
export class CreateOrgUnitService {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly units: OrgUnitRepository,
    private readonly tree: OrgTreeChanges,
  ) {}

  /** Adds a unit under a parent within the caller's subtree. */
  async execute(request: CreateOrgUnitRequestDto, caller: Caller): Promise<OrgUnitOrmEntity> {
    const parentRef = await this.directory.getReferenced(request.parentId, 'parentId');
    await this.scope.assert(caller, 'write', { orgPath: parentRef.path });
    if (request.kind !== 'enterprise_union' && request.enterprise) {
      throw new EnterpriseDetailsMisplaced();
    }
    const creditCode = request.enterprise ? normaliseCreditCode(request.enterprise.creditCode) : null;
    const id = request.id ?? (creditCode ? enterpriseIdOf(creditCode) : randomUUID());

    return this.commands.run(caller, async (command) => {
      const { tx } = command;
      await this.units.lockTree(tx);
      const parent = await tx.findOneByOrFail(OrgUnitOrmEntity, { id: request.parentId });
      const problem = placementProblem(request.kind, parent);
      if (problem) throw new PlacementRefused(problem);
      if (await tx.existsBy(OrgUnitOrmEntity, { id })) {
        throw new OrgUnitIdTaken(id);
      }
      if (creditCode) {
        const holder = await tx.findOneBy(OrgUnitOrmEntity, { creditCode });
        if (holder) {
          throw new CreditCodeTaken(creditCode, holder);
        }
      }
      const now = new Date();
      const unit = tx.create(OrgUnitOrmEntity, {
        id,
        name: request.name.trim(),
        kind: request.kind,
        parentId: parent.id,
        path: pathOf(parent.path, id),
        regionCode: request.regionCode ?? parent.regionCode,
        active: true,
        deactivatedAt: null,
        deactivationReason: null,
        creditCode,
        ownership: request.enterprise?.ownership ?? null,
        aboveScale: request.enterprise?.aboveScale ?? null,
        industry: request.enterprise?.industry?.trim() || null,
        headcount: request.enterprise?.headcount ?? null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await this.tree.insertUnits(command, [unit]);
      return unit;
    });
  }
}
