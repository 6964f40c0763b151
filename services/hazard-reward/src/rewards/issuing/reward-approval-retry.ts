import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { UserStateV1 } from '@lc/contracts';
import { UserDirectoryListener, UserDirectoryListeners } from '@lc/platform';
import { RewardApproval, rewardDeciderRoles } from './reward-approval';
import { RewardRepository } from '../reward.repository';

/** At most this many waiting rewards are submitted again per user change; the next change takes the rest. */
const BATCH = 200;

/**
 * A reward above its threshold whose chain could not be submitted (nobody able to decide at a level)
 * waits with a note saying so. When someone who can decide rewards is added, in the same transaction
 * as hazard-reward learns of them, each such reward's chain is submitted again; those that still
 * cannot start keep their note.
 */
@Injectable()
export class RewardApprovalRetry implements UserDirectoryListener, OnModuleInit {
  constructor(
    private readonly listeners: UserDirectoryListeners,
    private readonly approval: RewardApproval,
    private readonly rewards: RewardRepository,
  ) {}

  onModuleInit(): void {
    this.listeners.add(this);
  }

  async onUserApplied(tx: EntityManager, user: UserStateV1): Promise<void> {
    if (!user.active || !user.roles.some((role) => rewardDeciderRoles.includes(role))) return;
    const waiting = await this.rewards.lockAwaitingChain(tx, BATCH);
    for (const reward of waiting) {
      const submitted = await this.approval.submit(tx, {
        rewardId: reward.id,
        amountFen: Number(reward.amount_fen),
        category: reward.category,
        grade: reward.grade,
        enterpriseUnitId: reward.enterprise_unit_id,
        issuingUnitId: reward.issuing_unit_id,
        submittedByUserId: reward.verified_by,
        correlationId: `reward-approval:${reward.id}:decider-added:${user.userId}`,
      });
      await this.rewards.recordChain(tx, reward.id, 'workflowId' in submitted ? submitted.workflowId : null, 'problem' in submitted ? submitted.problem : null);
    }
  }
}
