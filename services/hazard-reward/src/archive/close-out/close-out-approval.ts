import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrgLevels } from '@lc/org';
import { ApprovalOutcomeHandler, ApprovalsService, ApprovalTransitionRecorder, Caller, DeciderRoles } from '@lc/platform';
import type { ApprovalTransitionRecord } from '@lc/workflows';
import { HazardArchive } from '../hazard-archive';
import { HazardRow } from '../hazard-row';
import { HazardCloser } from './hazard-closer';

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
 * Close-out of a major hazard (重大隐患销号) goes up the chain once its rectification is verified:
 * approved, the hazard is closed; rejected or withdrawn, it is open again and needs a new verification.
 */
@Injectable()
export class CloseOutApproval implements ApprovalOutcomeHandler, OnModuleInit {
  readonly itemKind = HAZARD_CLOSE_OUT_ITEM;

  constructor(
    private readonly approvals: ApprovalsService,
    private readonly recorder: ApprovalTransitionRecorder,
    private readonly archive: HazardArchive,
    private readonly closer: HazardCloser,
  ) {}

  onModuleInit(): void {
    this.recorder.registerOutcomeHandler(this);
  }

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

  async onOutcome(tx: EntityManager, { workflowId, input, transition }: ApprovalTransitionRecord): Promise<void> {
    const hazard = await this.archive.load(input.itemId, tx, true);
    if (hazard.status !== 'close_out_pending' || hazard.close_out_workflow_id !== workflowId) return;
    const correlationId = `${workflowId}:${transition.seq}:outcome`;
    const actor = { userId: transition.actorUserId ?? 'system', orgUnitId: hazard.enterprise_unit_id };
    if (transition.status === 'approved') {
      await this.closer.close(tx, hazard, actor, correlationId, transition.opinion ?? 'close-out approved up the chain');
      return;
    }
    await tx.query(
      `UPDATE hazards SET status = 'open', rectification_verified_at = NULL, close_out_workflow_id = NULL, updated_at = now() WHERE report_id = $1`,
      [hazard.report_id],
    );
    await this.archive.addTimeline(tx, hazard.report_id, { kind: 'close-out-refused', actorUserId: transition.actorUserId, note: transition.opinion });
  }
}
