import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { ApprovalOutcomeHandler, ApprovalTransitionRecorder } from '@lc/platform';
import type { ApprovalTransitionRecord } from '@lc/workflows';
import { ENERGY_SUPERVISOR } from './supervisor-chain';
import { SupervisorRepository } from './supervisor.repository';

/** When the four boxes are through (or the chain ends otherwise), the registration takes the outcome: approved ones enter the register. */
@Injectable()
export class EnergySupervisorApprovalOutcome implements ApprovalOutcomeHandler, OnModuleInit {
  readonly itemKind = ENERGY_SUPERVISOR;

  constructor(
    private readonly recorder: ApprovalTransitionRecorder,
    private readonly supervisors: SupervisorRepository,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.recorder.registerOutcomeHandler(this);
  }

  async onOutcome(tx: EntityManager, { workflowId, input, transition }: ApprovalTransitionRecord): Promise<void> {
    if (!(await this.supervisors.decide(tx, input.itemId, transition.status, transition.at))) return;
    const step = input.steps.find((s) => s.stepId === transition.stepId);
    await this.audit.append(tx, {
      actor: { userId: transition.actorUserId ?? 'system', orgUnitId: step?.unitId ?? input.submitter.orgUnitId },
      action: `energy-supervisor.${transition.status}`,
      entity: { type: ENERGY_SUPERVISOR, id: input.itemId, orgUnitId: input.submitter.orgUnitId, orgPath: input.submitter.orgPath },
      before: { status: 'submitted' },
      after: { status: transition.status },
      reason: transition.opinion,
      correlationId: `${workflowId}:${transition.seq}:outcome`,
    });
  }
}
