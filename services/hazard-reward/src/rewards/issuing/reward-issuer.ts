import { WorkflowOutbox, yuanOf } from '@lc/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { rewardIssuedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { rewardPaymentWorkflowId, rewardPaymentWorkflowType, TaskQueues } from '@lc/workflows';
import { systemActor } from '../system-actor';
import { rewardAuditEntity, rewardEventRef, RewardRow } from '../reward.row';
import { RewardRepository } from '../reward.repository';
import { RewardBudgetRepository } from '../budgets/reward-budget.repository';

interface BudgetRow {
  total_fen: string;
  committed_fen: string;
}

/**
 * Charges a reward to its issuing union's budget for the year, or queues it. The budget row is locked,
 * so concurrent rewards are charged one after another; the check constraint (committed ≤ total) would
 * refuse an overdraft anyway. Queued rewards are issued first come, first served: a reward never
 * overtakes an earlier one waiting for the same budget. An issued reward's payment workflow is recorded
 * with it and starts once the transaction commits.
 */
@Injectable()
export class RewardIssuer {
  constructor(
    private readonly rewards: RewardRepository,
    private readonly budgets: RewardBudgetRepository,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxPublisher,
    private readonly workflows: WorkflowOutbox,
  ) {}

  /** Issues the reward if the budget allows and nobody is ahead in the queue; else queues it saying why. */
  async issueOrQueue(tx: EntityManager, rewardId: string, correlationId: string): Promise<'issued' | 'queued'> {
    const reward = (await this.rewards.lock(tx, rewardId)) as RewardRow;
    const budget = await this.lockBudget(tx, reward);
    const ahead = await this.rewards.queuedAhead(tx, reward);
    const left = budget ? BigInt(budget.total_fen) - BigInt(budget.committed_fen) : 0n;
    if (budget && !ahead && left >= BigInt(reward.amount_fen)) {
      await this.issue(tx, reward, correlationId);
      return 'issued';
    }
    const note = !budget
      ? `${reward.issuing_unit_id} has no reward budget for ${reward.budget_year} yet; the reward is issued once one is set`
      : ahead
        ? `earlier rewards are waiting for ${reward.issuing_unit_id}'s ${reward.budget_year} budget; this one follows them`
        : `${reward.issuing_unit_id}'s ${reward.budget_year} budget has ${yuanOf(left.toString())} yuan left, less than this reward; it is issued when the budget is raised`;
    await this.queue(tx, reward, note, correlationId);
    return 'queued';
  }

  /** After a budget was raised: issues the waiting rewards in order, as long as they fit. */
  async releaseQueued(tx: EntityManager, issuingUnitId: string, year: number, correlationId: string): Promise<number> {
    const waiting = await this.rewards.lockQueued(tx, issuingUnitId, year);
    let issued = 0;
    for (const reward of waiting) {
      const budget = await this.lockBudget(tx, reward);
      if (!budget || BigInt(budget.total_fen) - BigInt(budget.committed_fen) < BigInt(reward.amount_fen)) break;
      await this.issue(tx, reward, correlationId);
      issued++;
    }
    return issued;
  }

  private lockBudget(tx: EntityManager, reward: RewardRow): Promise<BudgetRow | undefined> {
    return this.budgets.lock(tx, reward.issuing_unit_id, reward.budget_year);
  }

  private async issue(tx: EntityManager, reward: RewardRow, correlationId: string): Promise<void> {
    const now = new Date();
    await this.budgets.commit(tx, reward.issuing_unit_id, reward.budget_year, reward.amount_fen);
    // The unique (reward, 'issued') entry is the guarantee: a second issue of the same reward fails here.
    await this.rewards.addLedgerEntry(tx, {
      rewardId: reward.id,
      kind: 'issued',
      debitAccount: `budget:${reward.issuing_unit_id}:${reward.budget_year}`,
      creditAccount: `reward-payable:${reward.id}`,
      amountFen: reward.amount_fen,
      at: now,
    });
    await this.rewards.markIssued(tx, reward.id, now);
    await this.audit.append(tx, {
      actor: systemActor(reward.issuing_unit_id),
      action: 'reward.issued',
      entity: rewardAuditEntity(reward),
      before: { status: reward.status },
      after: { status: 'issued', amountYuan: yuanOf(reward.amount_fen), budgetYear: reward.budget_year },
      correlationId,
    });
    await this.outbox.publish(tx, rewardIssuedV1, {
      aggregateId: reward.id,
      orgUnitId: reward.issuing_unit_id,
      correlationId,
      occurredAt: now,
      payload: {
        ...rewardEventRef(reward),
        issuedAt: now.toISOString(),
      },
    });
    // The reward's id is the workflow's: one payment per reward, ever.
    await this.workflows.start(tx, {
      workflowType: rewardPaymentWorkflowType,
      workflowId: rewardPaymentWorkflowId(reward.id),
      taskQueue: TaskQueues.hazardReward,
      args: [{ rewardId: reward.id }],
    });
  }

  private async queue(tx: EntityManager, reward: RewardRow, note: string, correlationId: string): Promise<void> {
    await this.rewards.markQueued(tx, reward.id, note);
    if (reward.status === 'queued') return;
    await this.audit.append(tx, {
      actor: systemActor(reward.issuing_unit_id),
      action: 'reward.queued',
      entity: rewardAuditEntity(reward),
      before: { status: reward.status },
      after: { status: 'queued', amountYuan: yuanOf(reward.amount_fen) },
      reason: note,
      correlationId,
    });
  }
}
