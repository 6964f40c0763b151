import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApprovalTransitionedV1, approvalTransitionedV1, EventEnvelope } from '@lc/contracts';
import { InboxContext, InboxEvent } from '@lc/platform';
import { ApprovalCentreItemRepository } from './approval-centre-item.repository';

/** Transitions that start a new wait at a step (or the submitter's, or none): who it waits for is replaced. */
const REPLACES_WAITING = new Set(['submitted', 'step-approved', 'resubmitted', 'returned', 'approved', 'rejected', 'withdrawn']);
/** Transitions decided by a person at a step. */
const DECISIONS = new Set(['signed', 'step-approved', 'approved', 'rejected', 'returned']);
const CLOSED = new Set(['approved', 'rejected', 'withdrawn']);

/**
 * The approval centre's copy of every service's chains, from their approval.transitioned events: one
 * item row, who it waits for now, who took part. Events of one workflow share a key, so they come in
 * order; each is applied once (the inbox) and never over a later one (last_seq), so a redelivery or a
 * replay leaves the rows as they are.
 */
@Controller()
export class ApprovalCentreProjection {
  constructor(private readonly items: ApprovalCentreItemRepository) {}

  @InboxEvent(approvalTransitionedV1, { consumer: 'approval-centre' })
  async handle(@Payload() { payload: e, producer, occurredAt }: EventEnvelope<ApprovalTransitionedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    const current = await this.items.lock(tx, e.workflowId);
    // A chain ended may be started again under its workflow id (an item submitted anew): seq starts over.
    const startsAgain = current !== undefined && e.kind === 'submitted' && CLOSED.has(current.status);
    if (current && e.seq <= current.last_seq && !startsAgain) return;
    if (startsAgain) await this.items.delete(tx, e.workflowId);

    const submitter = e.submitterUserId ?? (e.kind === 'submitted' ? e.actorUserId : null) ?? '';
    const dueAt = e.dueAt !== undefined ? e.dueAt : null;
    // The deadline runs from a wait's start (the event carries it) until the step is decided.
    const keepsDueAt = !REPLACES_WAITING.has(e.kind);
    await this.items.save(tx, {
      workflowId: e.workflowId,
      service: producer,
      itemKind: e.itemKind,
      itemId: e.itemId,
      title: e.title,
      status: e.status,
      currentStepId: e.currentStepId,
      stepTitle: e.stepTitle ?? null,
      submitterUserId: submitter,
      at: occurredAt,
      dueAt,
      seq: e.seq,
      keepsDueAt,
    });

    if (REPLACES_WAITING.has(e.kind)) {
      await this.items.replaceWaiting(tx, e.workflowId, e.waitingFor, e.status === 'returned' ? 'submitter' : 'approver', occurredAt, e.status === 'returned' ? null : dueAt);
    } else if (e.kind === 'signed') {
      // A countersign step still waits for those who have not signed; watchers keep watching.
      await this.items.keepApproversWaiting(tx, e.workflowId, e.waitingFor);
    } else if (e.kind === 'escalated') {
      await this.items.addWatchers(tx, e.workflowId, e.notify, occurredAt);
      await this.items.tookPart(tx, e.workflowId, e.notify, 'copied', null, occurredAt);
    }

    if (e.kind === 'submitted' && submitter) await this.items.tookPart(tx, e.workflowId, [submitter], 'submitted', null, occurredAt);
    if (DECISIONS.has(e.kind) && e.actorUserId) await this.items.tookPart(tx, e.workflowId, [e.actorUserId], 'decided', e.onBehalfOf, occurredAt);
  }
}
