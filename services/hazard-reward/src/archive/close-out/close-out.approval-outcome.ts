import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ApprovalOutcomeHandler, ApprovalTransitionRecorder } from '@lc/platform';
import type { ApprovalTransitionRecord } from '@lc/workflows';
import { HazardRepository } from '../hazard.repository';
import { HAZARD_CLOSE_OUT_ITEM } from './close-out-approval';
import { HazardCloser } from './hazard-closer';

/** When a close-out's chain ends: approved, the hazard is closed; rejected or withdrawn, it is open again and needs a new verification. */
@Injectable()
export class CloseOutApprovalOutcome implements ApprovalOutcomeHandler, OnModuleInit {
  readonly itemKind = HAZARD_CLOSE_OUT_ITEM;

  constructor(
    private readonly recorder: ApprovalTransitionRecorder,
    private readonly hazards: HazardRepository,
    private readonly closer: HazardCloser,
  ) {}

  onModuleInit(): void {
    this.recorder.registerOutcomeHandler(this);
  }

  async onOutcome(tx: EntityManager, { workflowId, input, transition }: ApprovalTransitionRecord): Promise<void> {
    const hazard = await this.hazards.load(input.itemId, tx, true);
    if (hazard.status !== 'close_out_pending' || hazard.close_out_workflow_id !== workflowId) return;
    const correlationId = `${workflowId}:${transition.seq}:outcome`;
    const actor = { userId: transition.actorUserId ?? 'system', orgUnitId: hazard.enterprise_unit_id };
    if (transition.status === 'approved') {
      await this.closer.close(tx, hazard, actor, correlationId, transition.opinion ?? 'close-out approved up the chain');
      return;
    }
    await this.hazards.reopen(tx, hazard.report_id);
    await this.hazards.addTimeline(tx, hazard.report_id, { kind: 'close-out-refused', actorUserId: transition.actorUserId, note: transition.opinion });
  }
}
