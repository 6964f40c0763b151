import { Injectable } from '@nestjs/common';
import { OrgDirectory, type OrgUnitRef } from '../org-tree/org-directory';
import { Caller } from './caller';
import { ScopeChecker } from './scope.checker';

/** The unit a list or statistic is about: the one asked for (which must be in the caller's scope) or the caller's own. */
@Injectable()
export class UnitInScope {
  constructor(
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  async resolve(caller: Caller, unitId: string | undefined, action: 'read' | 'write' = 'read', field = 'unitId'): Promise<OrgUnitRef> {
    const unit = await this.directory.getReferenced(unitId ?? caller.principal.orgUnitId, field);
    await this.scope.assert(caller, action, { orgPath: unit.path });
    return unit;
  }
}
