import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { ApprovalOutcomeHandler, ApprovalTransitionRecorder } from '@lc/platform';
import type { ApprovalTransitionRecord } from '@lc/workflows';
import { TECHNICAL_SERVICE_REQUEST } from './technical-service-chain';
import { statusAfterOpinion } from './technical-service-states';
import { TechnicalServiceRepository } from './technical-service.repository';

/** The township (industry) union's opinion box decides: the request is accepted or declined (or the enterprise withdrew it). */
@Injectable()
export class TechnicalServiceRequestApprovalOutcome implements ApprovalOutcomeHandler, OnModuleInit {
  readonly itemKind = TECHNICAL_SERVICE_REQUEST;

  constructor(
    private readonly recorder: ApprovalTransitionRecorder,
    private readonly requests: TechnicalServiceRepository,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.recorder.registerOutcomeHandler(this);
  }

  async onOutcome(tx: EntityManager, { workflowId, input, transition }: ApprovalTransitionRecord): Promise<void> {
    if (transition.status !== 'approved' && transition.status !== 'rejected' && transition.status !== 'withdrawn') return;
    const status = statusAfterOpinion(transition.status);
    // The opinion is the box's text; a withdrawal's reason is not the township's opinion.
    const opinion = transition.status === 'withdrawn' ? null : transition.opinion;
    if (!(await this.requests.decide(tx, input.itemId, status, opinion, transition.at))) return;
    const step = input.steps.find((s) => s.stepId === transition.stepId);
    await this.audit.append(tx, {
      actor: { userId: transition.actorUserId ?? 'system', orgUnitId: step?.unitId ?? input.submitter.orgUnitId },
      action: `technical-service-request.${status}`,
      entity: { type: TECHNICAL_SERVICE_REQUEST, id: input.itemId, orgUnitId: input.submitter.orgUnitId, orgPath: input.submitter.orgPath },
      before: { status: 'requested' },
      after: { status, townshipOpinion: opinion },
      reason: transition.opinion,
      correlationId: `${workflowId}:${transition.seq}:outcome`,
    });
  }
}
