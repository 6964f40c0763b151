import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { HazardCategory, HazardGrade } from '@lc/contracts';
import { WorkflowSweep, WorkflowSweeper } from '../workflow-sweep';
import { RewardApproval } from './issuing/reward-approval';
import { RewardPaymentStarter } from './payment/reward-payment.starter';

/** Left alone this long, so that the fast path (right after the commit) is not raced for nothing. */
const GRACE = `interval '5 seconds'`;

/** Starts the payment workflows and approval chains of rewards whose start failed or never happened. */
@Injectable()
export class RewardWorkflowsSweep implements WorkflowSweep, OnModuleInit {
  readonly name = 'reward workflows';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sweeper: WorkflowSweeper,
    private readonly payments: RewardPaymentStarter,
    private readonly approval: RewardApproval,
  ) {}

  onModuleInit(): void {
    this.sweeper.register(this);
  }

  async sweep(): Promise<number> {
    let done = 0;
    const unpaid: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM rewards WHERE status = 'issued' AND payment_started_at IS NULL AND issued_at < now() - ${GRACE} ORDER BY issued_at LIMIT 200`,
    );
    for (const { id } of unpaid) {
      await this.payments.start(id);
      await this.dataSource.query(`UPDATE rewards SET payment_started_at = now() WHERE id = $1 AND payment_started_at IS NULL`, [id]);
      done++;
    }
    const unsubmitted: {
      id: string;
      amount_fen: string;
      issuing_unit_id: string;
      category: HazardCategory;
      grade: HazardGrade;
      enterprise_unit_id: string;
      verified_by: string;
    }[] = await this.dataSource.query(
      `SELECT w.id, w.amount_fen, w.issuing_unit_id, r.category, r.grade, r.enterprise_unit_id, r.verified_by
         FROM rewards w JOIN hazard_reports r ON r.id = w.report_id
        WHERE w.status = 'awaiting_approval' AND w.approval_workflow_id IS NULL AND w.created_at < now() - ${GRACE}
        ORDER BY w.created_at LIMIT 200`,
    );
    for (const reward of unsubmitted) {
      const submitted = await this.approval.submit({
        rewardId: reward.id,
        amountFen: Number(reward.amount_fen),
        category: reward.category,
        grade: reward.grade,
        enterpriseUnitId: reward.enterprise_unit_id,
        issuingUnitId: reward.issuing_unit_id,
        submittedByUserId: reward.verified_by,
        correlationId: `sweep:reward-approval:${reward.id}`,
      });
      await this.dataSource.query(`UPDATE rewards SET approval_workflow_id = $2, status_note = $3 WHERE id = $1 AND approval_workflow_id IS NULL`, [
        reward.id,
        'workflowId' in submitted ? submitted.workflowId : null,
        'problem' in submitted ? submitted.problem : null,
      ]);
      if ('workflowId' in submitted) done++;
    }
    return done;
  }
}
