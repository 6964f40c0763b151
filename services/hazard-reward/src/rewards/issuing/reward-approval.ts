import { ConflictException, Injectable, OnModuleInit } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { HazardConfirmedV1 } from '@lc/contracts';
import { levelOf, OrgLevels, OrgUnitKind, Role } from '@lc/org';
import { ApprovalOutcomeHandler, ApprovalsService, ApprovalTransitionRecorder, DeciderRoles, OrgDirectory } from '@lc/platform';
import { approvalChainWorkflowId, ApprovalTransitionRecord } from '@lc/workflows';
import { yuanOf } from '../../money';
import { systemActor } from '../system-actor';
import { RewardIssuer } from './reward-issuer';

export const HAZARD_REWARD_ITEM = 'hazard-reward';

/** The union cadres decide on union money at each level; management and inspectors do not. */
const rewardDeciders: DeciderRoles = {
  township_union: ['township_union_cadre'],
  industry_union: ['industry_union_cadre'],
  bureau_company_union: ['industry_union_cadre'],
  county_federation: ['county_union_cadre'],
  city_federation: ['city_union_cadre'],
} satisfies Partial<Record<OrgUnitKind, readonly Role[]>>;

/**
 * A reward above its scheme's threshold is approved before it is issued: from the hazard's
 * enterprise up the chain to the issuing union, and always at least one level above the enterprise.
 * Approved, it is charged (or queued); rejected or withdrawn, it is not paid.
 */
@Injectable()
export class RewardApproval implements ApprovalOutcomeHandler, OnModuleInit {
  readonly itemKind = HAZARD_REWARD_ITEM;

  constructor(
    private readonly approvals: ApprovalsService,
    private readonly recorder: ApprovalTransitionRecorder,
    private readonly directory: OrgDirectory,
    private readonly issuer: RewardIssuer,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.recorder.registerOutcomeHandler(this);
  }

  /**
   * Starts the chain, submitted in the name of the verifier. Returns why it could not start (nobody
   * can decide at a level), for the reward's note; a chain already started is fine (redelivery).
   */
  async submit(rewardId: string, amountFen: number, hazard: HazardConfirmedV1, issuingUnitId: string, correlationId: string): Promise<string | null> {
    const issuing = await this.directory.get(issuingUnitId, 'issuingUnitId');
    const upToLevel = Math.min(levelOf(issuing.kind), OrgLevels.township);
    try {
      await this.approvals.submit(
        {
          itemKind: HAZARD_REWARD_ITEM,
          itemId: rewardId,
          title: `隐患举报奖励 ${yuanOf(amountFen)} 元 (${hazard.category === 'accident' ? '事故隐患' : '职业危害'}, ${hazard.grade === 'major' ? '重大' : '一般'})`,
          submitterUnitId: hazard.enterpriseUnitId,
          upToLevel,
          deciders: rewardDeciders,
          titles: { township_union: '乡镇(街道)工会意见', industry_union: '产业工会意见', county_federation: '县总工会意见', city_federation: '市总工会意见' },
        },
        {
          principal: { ...hazard.confirmedBy, displayName: hazard.confirmedBy.userId, roles: [] },
          method: 'EVENT',
          path: 'hazard.confirmed',
          correlationId,
        },
      );
      return null;
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) return null;
      if (err instanceof ConflictException) return err.message;
      throw err;
    }
  }

  async onOutcome(tx: EntityManager, { workflowId, input, transition }: ApprovalTransitionRecord): Promise<void> {
    const [rows]: [{ issuing_unit_id: string; issuing_path: string }[], number] = await tx.query(
      `UPDATE rewards SET approval_workflow_id = $2 WHERE id = $1 AND status = 'awaiting_approval' RETURNING issuing_unit_id, issuing_path`,
      [input.itemId, workflowId],
    );
    if (rows.length === 0) return;
    const correlationId = `${workflowId}:${transition.seq}:outcome`;
    if (transition.status === 'approved') {
      await this.issuer.issueOrQueue(tx, input.itemId, correlationId);
      return;
    }
    await tx.query(`UPDATE rewards SET status = 'rejected', status_note = $2 WHERE id = $1`, [
      input.itemId,
      `${transition.status} in the approval chain${transition.opinion ? `: ${transition.opinion}` : ''}`,
    ]);
    await this.audit.append(tx, {
      actor: systemActor(rows[0].issuing_unit_id),
      action: 'reward.rejected',
      entity: { type: HAZARD_REWARD_ITEM, id: input.itemId, orgUnitId: rows[0].issuing_unit_id, orgPath: rows[0].issuing_path },
      before: { status: 'awaiting_approval' },
      after: { status: 'rejected' },
      reason: transition.opinion,
      correlationId,
    });
  }
}

export const rewardApprovalWorkflowId = (rewardId: string): string => approvalChainWorkflowId(HAZARD_REWARD_ITEM, rewardId);
