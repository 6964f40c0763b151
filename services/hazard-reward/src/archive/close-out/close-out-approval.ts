import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrgLevels } from '@lc/org';
import { ApprovalsService, Caller, DeciderRoles } from '@lc/platform';
import { HazardRow } from '../hazard.row';

export const HAZARD_CLOSE_OUT_ITEM = 'hazard-close-out';

/** A major hazard's close-out is signed by the unions above the enterprise, up to the county. */
const closeOutDeciders: DeciderRoles = {
  township_union: ['township_union_cadre', 'safety_inspector'],
  industry_union: ['industry_union_cadre', 'safety_inspector'],
  bureau_company_union: ['industry_union_cadre', 'safety_inspector'],
  county_federation: ['county_union_cadre', 'safety_inspector'],
  city_federation: ['city_union_cadre', 'safety_inspector'],
};

/**
 * Close-out of a major hazard (重大隐患销号) goes up the chain once its rectification is verified; its
 * outcome is applied by CloseOutApprovalOutcome.
 */
@Injectable()
export class CloseOutApproval {
  constructor(private readonly approvals: ApprovalsService) {}

  /** Submits the close-out in the transaction that marks it pending; the chain starts once that commits. */
  submit(tx: EntityManager, hazard: HazardRow, caller: Caller): Promise<{ workflowId: string }> {
    return this.approvals.submit(
      tx,
      {
        itemKind: HAZARD_CLOSE_OUT_ITEM,
        itemId: hazard.report_id,
        title: `重大隐患销号 (${hazard.category === 'accident' ? '事故隐患' : '职业危害'})`,
        form: 'hazard-close-out',
        submitterUnitId: hazard.enterprise_unit_id,
        upToLevel: OrgLevels.county,
        deciders: closeOutDeciders,
        // Whoever verified the rectification does not also sign its close-out off.
        submitterMayFillFirstBox: false,
      },
      caller,
    );
  }
}
