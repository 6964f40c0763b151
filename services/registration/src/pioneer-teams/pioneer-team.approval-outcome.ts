import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ApprovalOutcomeHandler, ApprovalTransitionRecorder } from '@lc/platform';
import type { ApprovalTransitionRecord } from '@lc/workflows';
import { EnrolmentWriter } from '../enrolments/enrolment.writer';
import { OrgUnitOrmEntity } from '../org-units/org-unit.orm-entity';
import { PIONEER_TEAM_APPLICATION } from './pioneer-team-chain';
import type { PioneerTeamForm } from './pioneer-team-form';

/**
 * When the four boxes are through, the application takes the outcome; an approved one enrols its team in
 * the competition (the application is the team's enrolment), once: a team already enrolled stays as it is.
 */
@Injectable()
export class PioneerTeamApprovalOutcome implements ApprovalOutcomeHandler, OnModuleInit {
  readonly itemKind = PIONEER_TEAM_APPLICATION;

  constructor(
    private readonly recorder: ApprovalTransitionRecorder,
    private readonly enrolments: EnrolmentWriter,
  ) {}

  onModuleInit(): void {
    this.recorder.registerOutcomeHandler(this);
  }

  async onOutcome(tx: EntityManager, { workflowId, input, transition }: ApprovalTransitionRecord): Promise<void> {
    const [application]: { competition_id: string; team_unit_id: string; enterprise_unit_id: string; form: PioneerTeamForm; submitted_by: string }[] =
      await tx.query(
        `SELECT competition_id, team_unit_id, enterprise_unit_id, form, submitted_by FROM pioneer_team_applications
          WHERE id = $1 AND status = 'submitted' FOR UPDATE`,
        [input.itemId],
      );
    if (!application) return;
    await tx.query(`UPDATE pioneer_team_applications SET status = $2, updated_at = now() WHERE id = $1`, [input.itemId, transition.status]);
    if (transition.status !== 'approved') return;
    const [enrolled] = await tx.query(`SELECT 1 FROM enrolments WHERE competition_id = $1 AND unit_id = $2`, [
      application.competition_id,
      application.team_unit_id,
    ]);
    if (enrolled) return;
    const team = await tx.findOneByOrFail(OrgUnitOrmEntity, { id: application.team_unit_id });
    const enterprise = await tx.findOneByOrFail(OrgUnitOrmEntity, { id: application.enterprise_unit_id });
    const { leader, composition } = application.form;
    await this.enrolments.record(
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
