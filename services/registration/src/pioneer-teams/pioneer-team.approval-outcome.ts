import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ApprovalOutcomeHandler, ApprovalTransitionRecorder } from '@lc/platform';
import type { ApprovalTransitionRecord } from '@lc/workflows';
import { EnrolmentRepository } from '../enrolments/enrolment.repository';
import { Enroller } from '../enrolments/enroller';
import { OrgUnitOrmEntity } from '../org-units/org-unit.orm-entity';
import { PioneerTeamApplicationRepository } from './pioneer-team-application.repository';
import { PIONEER_TEAM_APPLICATION } from './pioneer-team-chain';

/**
 * When the four boxes are through, the application takes the outcome; an approved one enrols its team in
 * the competition (the application is the team's enrolment), once: a team already enrolled stays as it is.
 */
@Injectable()
export class PioneerTeamApprovalOutcome implements ApprovalOutcomeHandler, OnModuleInit {
  readonly itemKind = PIONEER_TEAM_APPLICATION;

  constructor(
    private readonly recorder: ApprovalTransitionRecorder,
    private readonly applications: PioneerTeamApplicationRepository,
    private readonly enrolments: EnrolmentRepository,
    private readonly enroller: Enroller,
  ) {}

  onModuleInit(): void {
    this.recorder.registerOutcomeHandler(this);
  }

  async onOutcome(tx: EntityManager, { workflowId, input, transition }: ApprovalTransitionRecord): Promise<void> {
    const application = await this.applications.lockSubmitted(tx, input.itemId);
    if (!application) return;
    await this.applications.setStatus(tx, input.itemId, transition.status);
    if (transition.status !== 'approved') return;
    if (await this.enrolments.ofUnit(tx, application.competition_id, application.team_unit_id)) return;
    const team = await tx.findOneByOrFail(OrgUnitOrmEntity, { id: application.team_unit_id });
    const enterprise = await tx.findOneByOrFail(OrgUnitOrmEntity, { id: application.enterprise_unit_id });
    const { leader, composition } = application.form;
    await this.enroller.enrol(
      tx,
      {
        competitionId: application.competition_id,
        unit: team,
        enterprise,
        participants: composition.total,
        leaderName: leader.name,
        contactName: leader.name,
        contactPhone: leader.mobile,
      },
      { userId: application.submitted_by, orgUnitId: team.id, correlationId: `${workflowId}:${transition.seq}` },
    );
  }
}
