import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ApprovalOutcomeHandler, ApprovalTransitionRecorder } from '@lc/platform';
import type { ApprovalTransitionRecord } from '@lc/workflows';
import { CompetitionChanges } from '../../competition-changes';
import { CompetitionOrmEntity } from '../../competition.orm-entity';
import { PLAN_FILING } from './plan-filing';

/** When the filing chain ends: approved → filed; rejected or withdrawn → back to draft, to be changed and filed again. */
@Injectable()
export class PlanFilingApprovalOutcome implements ApprovalOutcomeHandler, OnModuleInit {
  readonly itemKind = PLAN_FILING;

  constructor(
    private readonly recorder: ApprovalTransitionRecorder,
    private readonly changes: CompetitionChanges,
  ) {}

  onModuleInit(): void {
    this.recorder.registerOutcomeHandler(this);
  }

  async onOutcome(tx: EntityManager, { workflowId, input, transition }: ApprovalTransitionRecord): Promise<void> {
    const to = transition.status === 'approved' ? 'filed' : 'draft';
    const { affected } = await tx.update(CompetitionOrmEntity, { id: input.itemId, status: 'filing' }, { status: to, updatedAt: new Date() });
    if (!affected) return;
    const competition = await tx.findOneByOrFail(CompetitionOrmEntity, { id: input.itemId });
    await this.changes.statusChanged(tx, competition, 'filing', `${workflowId}:${transition.seq}`);
  }
}
