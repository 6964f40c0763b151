import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Caller, ScopeChecker } from '@lc/platform';
import { HazardRow } from './hazard.row';
import { HazardRepository } from './hazard.repository';
import { HazardNotOpen } from './archive.errors';

/** Loads archived hazards for the caller's scope, and locks open ones for a change. */
@Injectable()
export class HazardArchive {
  constructor(
    private readonly hazards: HazardRepository,
    private readonly scope: ScopeChecker,
  ) {}

  /** The designated person reads the hazard they report on, wherever their unit is. */
  async loadInScope(reportId: string, caller: Caller, action: 'read' | 'write'): Promise<HazardRow> {
    const row = await this.hazards.load(reportId);
    if (action === 'read' && row.updater_user_id === caller.principal.userId) return row;
    await this.scope.assert(caller, action, { orgPath: row.enterprise_path });
    return row;
  }

  /** Locks the hazard and refuses a closed one (or one whose close-out is being approved, when asked). */
  async lockOpen(tx: EntityManager, reportId: string, allowPendingCloseOut = false): Promise<HazardRow> {
    const row = await this.hazards.load(reportId, tx, true);
    if (row.status === 'closed') throw HazardNotOpen.closed(reportId, row.closed_at);
    if (row.status === 'close_out_pending' && !allowPendingCloseOut) {
      throw HazardNotOpen.closingOut(reportId, row.close_out_workflow_id);
    }
    return row;
  }
}
