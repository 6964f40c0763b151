import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrgLevels } from '@lc/org';
import { ApprovalOutcomeHandler, ApprovalTransitionRecorder, DeciderRoles } from '@lc/platform';
import type { ApprovalTransitionRecord } from '@lc/workflows';
import { CompetitionChanges } from '../../competition-changes';
import { CompetitionOrmEntity } from '../../competition.orm-entity';

export const PLAN_FILING = 'plan-filing';

/** A competition plan is filed (备案) up to the city union (seed 003 item 8; seed 004). */
export const planFilingLevel = OrgLevels.city;

/** Who fills each level's box on the filing: the union cadres, and the county's competition committee office. */
export const planFilingDeciders: DeciderRoles = {
  enterprise_union: ['enterprise_union_cadre'],
  township_union: ['township_union_cadre'],
  industry_union: ['industry_union_cadre'],
  bureau_company_union: ['industry_union_cadre'],
  county_federation: ['county_committee_office', 'county_union_cadre'],
  city_federation: ['city_union_cadre'],
};

/** When the filing chain ends: approved → filed; rejected or withdrawn → back to draft, to be changed and filed again. */
@Injectable()
export class PlanFilingOutcome implements ApprovalOutcomeHandler, OnModuleInit {
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
