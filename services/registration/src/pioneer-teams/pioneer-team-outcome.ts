import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ApprovalOutcomeHandler, ApprovalTransitionRecorder } from '@lc/platform';
import type { ApprovalTransitionRecord } from '@lc/workflows';
import { PIONEER_TEAM_APPLICATION } from './pioneer-team-chain';

/** When the four boxes are through (or the chain ends otherwise), the application takes the outcome. */
@Injectable()
export class PioneerTeamOutcome implements ApprovalOutcomeHandler, OnModuleInit {
  readonly itemKind = PIONEER_TEAM_APPLICATION;

  constructor(private readonly recorder: ApprovalTransitionRecorder) {}

  onModuleInit(): void {
    this.recorder.registerOutcomeHandler(this);
  }

  async onOutcome(tx: EntityManager, { input, transition }: ApprovalTransitionRecord): Promise<void> {
    await tx.query(`UPDATE pioneer_team_applications SET status = $2, updated_at = now() WHERE id = $1 AND status = 'submitted'`, [
      input.itemId,
      transition.status,
    ]);
  }
}
