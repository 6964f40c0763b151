import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { ApprovalOutcomeHandler, ApprovalTransitionRecorder } from '@lc/platform';
import type { ApprovalTransitionRecord } from '@lc/workflows';
import { HonourQuotaRepository } from '../catalogue/honour-quota.repository';
import { PublicityStarter } from '../publicity/publicity-starter';
import { NOMINATION_ITEM } from './nomination-chain';
import { nominationAuditEntity } from './nomination.row';
import { NominationRepository } from './nomination.repository';

/**
 * The chain's outcome. Approved, the nomination takes a quota place: one conditional UPDATE on the
 * quota row (taken < quota, and a check constraint behind it), so of two approvals racing for the last
 * place exactly one gets it; the other waits (候补) for a freed place. With its place it goes into publicity (公示).
 * Rejected or withdrawn, it is rejected.
 */
@Injectable()
export class NominationApprovalOutcome implements ApprovalOutcomeHandler, OnModuleInit {
  readonly itemKind = NOMINATION_ITEM;

  constructor(
    private readonly recorder: ApprovalTransitionRecorder,
    private readonly nominations: NominationRepository,
    private readonly quotas: HonourQuotaRepository,
    private readonly publicity: PublicityStarter,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.recorder.registerOutcomeHandler(this);
  }

  async onOutcome(tx: EntityManager, { workflowId, input, transition }: ApprovalTransitionRecord): Promise<void> {
    const nomination = await this.nominations.load(input.itemId, tx, true);
    if (nomination.status !== 'submitted') return;
    const correlationId = `${workflowId}:${transition.seq}:outcome`;
    const actor = { userId: transition.actorUserId ?? 'system:awards', orgUnitId: nomination.conferring_unit_id };
    if (transition.status !== 'approved') {
      await this.nominations.reject(tx, nomination.id, `${transition.status} in the approval chain${transition.opinion ? `: ${transition.opinion}` : ''}`);
      await this.audit.append(tx, { actor, action: 'nomination.rejected', entity: nominationAuditEntity(nomination), reason: transition.opinion ?? undefined, correlationId });
      return;
    }
    if (!(await this.quotas.takePlace(tx, nomination))) {
      // 候补: it waits in the order of approval for a place to be freed (WaitingList).
      await this.nominations.waitOverQuota(tx, nomination.id, `approved, but every ${nomination.year} place of the quota was already taken: waiting for a place to be freed`);
      await this.audit.append(tx, { actor, action: 'nomination.over-quota', entity: nominationAuditEntity(nomination), correlationId });
      return;
    }
    // With its place it goes into publicity; the period starts once these effects commit, never without them.
    await this.publicity.enter(tx, nomination, { actor, action: 'nomination.approved', correlationId });
  }
}
