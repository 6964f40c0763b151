import { ConflictException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { HazardCategory, HazardGrade } from '@lc/contracts';
import { levelOf, OrgLevels, OrgUnitKind, Role } from '@lc/org';
import { ApprovalsService, DeciderRoles, OrgDirectory, yuanOf } from '@lc/platform';
import { approvalChainWorkflowId } from '@lc/workflows';

export const HAZARD_REWARD_ITEM = 'hazard-reward';

export interface RewardApprovalRequest {
  rewardId: string;
  amountFen: number;
  category: HazardCategory;
  grade: HazardGrade;
  enterpriseUnitId: string;
  issuingUnitId: string;
  /** The verifier who confirmed the hazard. */
  submittedByUserId: string;
  correlationId: string;
}

/** The union cadres decide on union money at each level; management and inspectors do not. */
const rewardDeciders: DeciderRoles = {
  township_union: ['township_union_cadre'],
  industry_union: ['industry_union_cadre'],
  bureau_company_union: ['industry_union_cadre'],
  county_federation: ['county_union_cadre'],
  city_federation: ['city_union_cadre'],
} satisfies Partial<Record<OrgUnitKind, readonly Role[]>>;

/** Every role that decides a reward at some level. */
export const rewardDeciderRoles: readonly Role[] = [...new Set(Object.values(rewardDeciders).flat())];

/**
 * A reward above its scheme's threshold is approved before it is issued: from the hazard's
 * enterprise up the chain to the issuing union, and always at least one level above the enterprise.
 * Its outcome is applied by RewardApprovalOutcome.
 */
@Injectable()
export class RewardApproval {
  constructor(
    private readonly approvals: ApprovalsService,
    private readonly directory: OrgDirectory,
  ) {}

  /**
   * Submits the chain in the name of the verifier, in the reward's transaction: it starts once that
   * commits. Nobody able to decide at a level is reported back for the reward's note; the chain is
   * submitted again when someone who can decide rewards is added (RewardApprovalRetry).
   */
  async submit(tx: EntityManager, request: RewardApprovalRequest): Promise<{ workflowId: string } | { problem: string }> {
    const issuing = await this.directory.get(request.issuingUnitId, 'issuingUnitId', tx);
    const upToLevel = Math.min(levelOf(issuing.kind), OrgLevels.township);
    const workflowId = rewardApprovalWorkflowId(request.rewardId);
    try {
      await this.approvals.submit(
        tx,
        {
          itemKind: HAZARD_REWARD_ITEM,
          itemId: request.rewardId,
          title: `隐患举报奖励 ${yuanOf(request.amountFen)} 元 (${request.category === 'accident' ? '事故隐患' : '职业危害'}, ${request.grade === 'major' ? '重大' : '一般'})`,
          form: 'hazard-reward',
          submitterUnitId: request.enterpriseUnitId,
          upToLevel,
          deciders: rewardDeciders,
          // The verifier who confirmed the hazard does not approve its reward.
          submitterMayFillFirstBox: false,
        },
        {
          // The chain needs only who submitted (they cannot decide their own item); their unit is the enterprise's.
          principal: { userId: request.submittedByUserId, displayName: request.submittedByUserId, orgUnitId: request.enterpriseUnitId, orgPath: '', roles: [] },
          method: 'EVENT',
          path: 'hazard.confirmed',
          correlationId: request.correlationId,
        },
      );
      return { workflowId };
    } catch (err) {
      if (err instanceof ConflictException) return { problem: `the approval chain cannot start yet: ${err.message}` };
      throw err;
    }
  }
}

export const rewardApprovalWorkflowId = (rewardId: string): string => approvalChainWorkflowId(HAZARD_REWARD_ITEM, rewardId);
