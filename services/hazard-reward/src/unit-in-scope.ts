import { Injectable } from '@nestjs/common';
import { Caller, OrgDirectory, OrgUnitRef, ScopeChecker } from '@lc/platform';

/** The unit a list or statistic is about: the one asked for (which must be in the caller's scope) or the caller's own. */
@Injectable()
export class UnitInScope {
  constructor(
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  async resolve(caller: Caller, unitId: string | undefined, action: 'read' | 'write' = 'read'): Promise<OrgUnitRef> {
    const unit = await this.directory.getReferenced(unitId ?? caller.principal.orgUnitId, 'unitId');
    await this.scope.assert(caller, action, { orgPath: unit.path });
    return unit;
  }
}
