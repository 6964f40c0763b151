import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { awardApprovedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { ApprovalOutcomeHandler, ApprovalTransitionRecorder } from '@lc/platform';
import type { ApprovalTransitionRecord } from '@lc/workflows';
import { PublicityStarter } from '../publicity/publicity-starter';
import { NOMINATION_ITEM } from './nomination-chain';
import { nominationAuditEntity, nominationRef } from './nomination-row';
import { NominationStore } from './nomination-store';

/**
 * The chain's outcome. Approved, the nomination takes a quota place: one conditional UPDATE on the
 * quota row (taken < quota, and a check constraint behind it), so of two approvals racing for the last
 * place exactly one gets it; the other is over quota. With its place it goes into publicity (公示).
 * Rejected or withdrawn, it is rejected.
 */
@Injectable()
export class NominationApprovalOutcome implements ApprovalOutcomeHandler, OnModuleInit {
  readonly itemKind = NOMINATION_ITEM;

  constructor(
    private readonly recorder: ApprovalTransitionRecorder,
    private readonly store: NominationStore,
    private readonly publicity: PublicityStarter,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.recorder.registerOutcomeHandler(this);
  }

  async onOutcome(tx: EntityManager, { workflowId, input, transition }: ApprovalTransitionRecord): Promise<void> {
    const nomination = await this.store.load(input.itemId, tx, true);
    if (nomination.status !== 'submitted') return;
    const correlationId = `${workflowId}:${transition.seq}:outcome`;
    const actor = { userId: transition.actorUserId ?? 'system:awards', orgUnitId: nomination.conferring_unit_id };
    if (transition.status !== 'approved') {
      await tx.query(`UPDATE nominations SET status = 'rejected', status_note = $2, updated_at = now() WHERE id = $1`, [
        nomination.id,
        `${transition.status} in the approval chain${transition.opinion ? `: ${transition.opinion}` : ''}`,
      ]);
      await this.audit.append(tx, { actor, action: 'nomination.rejected', entity: nominationAuditEntity(nomination), reason: transition.opinion ?? undefined, correlationId });
      return;
    }
    // An UPDATE … RETURNING answers [rows, count].
    const [place]: [unknown[], number] = await tx.query(
      `UPDATE honour_quotas SET taken = taken + 1
        WHERE honour_code = $1 AND conferring_unit_id = $2 AND year = $3 AND taken < quota RETURNING taken`,
      [nomination.honour_code, nomination.conferring_unit_id, nomination.year],
    );
    if (place.length === 0) {
      await tx.query(`UPDATE nominations SET status = 'over_quota', status_note = $2, updated_at = now() WHERE id = $1`, [
        nomination.id,
        `approved, but every ${nomination.year} place of the quota was already taken`,
      ]);
      await this.audit.append(tx, { actor, action: 'nomination.over-quota', entity: nominationAuditEntity(nomination), correlationId });
      return;
    }
    const endsAt = new Date(Date.now() + this.publicity.periodSeconds * 1000);
    await tx.query(`UPDATE nominations SET status = 'publicity', holds_quota = true, publicity_ends_at = $2, updated_at = now() WHERE id = $1`, [
      nomination.id,
      endsAt,
    ]);
    await this.audit.append(tx, { actor, action: 'nomination.approved', entity: nominationAuditEntity(nomination), after: { publicityEndsAt: endsAt.toISOString() }, correlationId });
    await this.outbox.publish(tx, awardApprovedV1, {
      aggregateId: nomination.id,
      orgUnitId: nomination.conferring_unit_id,
      correlationId,
      payload: { ...nominationRef(nomination), publicityEndsAt: endsAt.toISOString() },
    });
    // Recorded with the approval's effects: the period starts once they commit, never without them.
    await this.publicity.start(tx, nomination.id);
  }
}
