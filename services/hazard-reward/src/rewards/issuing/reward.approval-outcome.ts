import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { ApprovalOutcomeHandler, ApprovalTransitionRecorder } from '@lc/platform';
import type { ApprovalTransitionRecord } from '@lc/workflows';
import { systemActor } from '../system-actor';
import { HAZARD_REWARD_ITEM } from './reward-approval';
import { RewardIssuer } from './reward-issuer';
import { RewardRepository } from '../reward.repository';

/** When a reward's chain ends: approved, it is charged (or queued); rejected or withdrawn, it is not paid. */
@Injectable()
export class RewardApprovalOutcome implements ApprovalOutcomeHandler, OnModuleInit {
  readonly itemKind = HAZARD_REWARD_ITEM;

  constructor(
    private readonly recorder: ApprovalTransitionRecorder,
    private readonly issuer: RewardIssuer,
    private readonly rewards: RewardRepository,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.recorder.registerOutcomeHandler(this);
  }

  async onOutcome(tx: EntityManager, { workflowId, input, transition }: ApprovalTransitionRecord): Promise<void> {
    const reward = await this.rewards.takeOutcome(tx, input.itemId, workflowId);
    if (!reward) return;
    const correlationId = `${workflowId}:${transition.seq}:outcome`;
    if (transition.status === 'approved') {
      await this.issuer.issueOrQueue(tx, input.itemId, correlationId);
      return;
    }
    await this.rewards.markRejected(tx, input.itemId, `${transition.status} in the approval chain${transition.opinion ? `: ${transition.opinion}` : ''}`);
    await this.audit.append(tx, {
      actor: systemActor(reward.issuing_unit_id),
      action: 'reward.rejected',
      entity: { type: HAZARD_REWARD_ITEM, id: input.itemId, orgUnitId: reward.issuing_unit_id, orgPath: reward.issuing_path },
      before: { status: 'awaiting_approval' },
      after: { status: 'rejected' },
      reason: transition.opinion,
      correlationId,
    });
  }
}
