import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { orgUnitUpdatedV1 } from '@lc/contracts';
import { normaliseCreditCode } from '@lc/org';
import { AuditedCommand, Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { OrgTreeChanges } from '../../org-tree-changes';
import { OrgUnitRepository } from '../../org-unit.repository';
import { OrgUnitOrmEntity } from '../../org-unit.orm-entity';
import { UpdateOrgUnitRequestDto } from './update-org-unit.request.dto';
import { CreditCodeTaken, EnterpriseDetailsMisplaced } from '../../org-unit.errors';

@Injectable()
export class UpdateOrgUnitService {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly units: OrgUnitRepository,
    private readonly tree: OrgTreeChanges,
  ) {}

  /** Changes the given details; a request that changes nothing writes nothing. */
  async execute(unitId: string, request: UpdateOrgUnitRequestDto, caller: Caller): Promise<OrgUnitOrmEntity> {
    const ref = await this.directory.get(unitId, 'id');
    await this.scope.assert(caller, 'write', { orgPath: ref.path });
    return this.commands.run(caller, async (command) => {
      const { tx } = command;
      await this.units.lockTree(tx);
      const before = await tx.findOneByOrFail(OrgUnitOrmEntity, { id: unitId });
      if (request.enterprise && before.kind !== 'enterprise_union') {
        throw new EnterpriseDetailsMisplaced(unitId);
      }
      const changes: Partial<OrgUnitOrmEntity> = {};
      if (request.name !== undefined) changes.name = request.name.trim();
      if (request.regionCode !== undefined) changes.regionCode = request.regionCode;
      const enterprise = request.enterprise;
      if (enterprise?.creditCode !== undefined) changes.creditCode = normaliseCreditCode(enterprise.creditCode);
      if (enterprise?.ownership !== undefined) changes.ownership = enterprise.ownership;
      if (enterprise?.aboveScale !== undefined) changes.aboveScale = enterprise.aboveScale;
      if (enterprise?.industry !== undefined) changes.industry = enterprise.industry.trim() || null;
      if (enterprise?.headcount !== undefined) changes.headcount = enterprise.headcount;

      const changed = Object.entries(changes).some(([key, value]) => before[key as keyof OrgUnitOrmEntity] !== value);
      if (!changed) return before;
      if (changes.creditCode && changes.creditCode !== before.creditCode) {
        const holder = await tx.findOneBy(OrgUnitOrmEntity, { creditCode: changes.creditCode, id: Not(unitId) });
        if (holder) {
          throw new CreditCodeTaken(changes.creditCode, holder);
        }
      }
      return this.tree.saveChange(
        command,
        {
          before,
          after: tx.create(OrgUnitOrmEntity, { ...before, ...changes }),
          action: 'org-unit.updated',
          contract: orgUnitUpdatedV1,
          reason: request.reason,
        },
      );
    });
  }
}
