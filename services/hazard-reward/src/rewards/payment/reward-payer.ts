import { yuanOf } from '@lc/platform';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { rewardPaidV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import type { RewardPaymentActivities } from '@lc/workflows';
import { rewardAuditEntity, rewardEventRef } from '../reward.row';
import { RewardRepository } from '../reward.repository';
import { systemActor } from '../system-actor';

/**
 * The payment activity: credits the reporter's reward account in the ledger (the account is the
 * report's, so an anonymous reporter is paid without being named). The reward row is locked and the
 * ledger's unique (reward, 'paid') entry refuses a second payment, so a retry after a crash that
 * happened after the commit finds the reward paid and does nothing.
 */
@Injectable()
export class RewardPayer implements RewardPaymentActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rewards: RewardRepository,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxPublisher,
  ) {}

  async payReward(rewardId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const reward = await this.rewards.lock(tx, rewardId);
      if (!reward) throw new Error(`reward ${rewardId} does not exist`);
      if (reward.status === 'paid') return;
      if (reward.status !== 'issued') throw new Error(`reward ${rewardId} is ${reward.status}, not issued; it cannot be paid`);
      const now = new Date();
      await this.rewards.addLedgerEntry(tx, {
        rewardId: reward.id,
        kind: 'paid',
        debitAccount: `reward-payable:${reward.id}`,
        creditAccount: `reporter-of:${reward.report_id}`,
        amountFen: reward.amount_fen,
        at: now,
      });
      await this.rewards.markPaid(tx, reward.id, now);
      await this.audit.append(tx, {
        actor: systemActor(reward.issuing_unit_id),
        action: 'reward.paid',
        entity: rewardAuditEntity(reward),
        before: { status: 'issued' },
        after: { status: 'paid', amountYuan: yuanOf(reward.amount_fen) },
        correlationId: `reward-payment-${reward.id}`,
      });
      await this.outbox.publish(tx, rewardPaidV1, {
        aggregateId: reward.id,
        orgUnitId: reward.issuing_unit_id,
        correlationId: `reward-payment-${reward.id}`,
        occurredAt: now,
        payload: { ...rewardEventRef(reward), paidAt: now.toISOString() },
      });
    });
  }
}
