import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { PioneerTeamForm } from './pioneer-team-form';

/** An application as the API answers it, without the units' names. */
export interface PioneerTeamApplicationRow {
  id: string;
  competitionId: string;
  teamUnitId: string;
  enterpriseUnitId: string;
  form: PioneerTeamForm;
  status: string;
  workflowId: string;
  submittedBy: string;
  createdAt: Date;
}

/** What the chain's outcome needs of an application still submitted. */
export interface SubmittedApplication {
  competition_id: string;
  team_unit_id: string;
  enterprise_unit_id: string;
  form: PioneerTeamForm;
  submitted_by: string;
}

/** The 工人先锋号 applications: every statement on `pioneer_team_applications`. */
@Injectable()
export class PioneerTeamApplicationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(id: string): Promise<PioneerTeamApplicationRow | undefined> {
    const [row]: PioneerTeamApplicationRow[] = await this.dataSource.query(
      `SELECT id, competition_id AS "competitionId", team_unit_id AS "teamUnitId", enterprise_unit_id AS "enterpriseUnitId",
              form, status, workflow_id AS "workflowId", submitted_by AS "submittedBy", created_at AS "createdAt"
         FROM pioneer_team_applications WHERE id = $1`,
      [id],
    );
    return row;
  }

  /** The team's application to the competition still in its chain or approved, if any. */
  async liveOfTeam(tx: EntityManager, competitionId: string, teamUnitId: string): Promise<{ id: string } | undefined> {
    const [live]: { id: string }[] = await tx.query(
      `SELECT id FROM pioneer_team_applications WHERE competition_id = $1 AND team_unit_id = $2 AND status IN ('submitted', 'approved')`,
      [competitionId, teamUnitId],
    );
    return live;
  }

  async insertSubmitted(
    tx: EntityManager,
    a: { id: string; competitionId: string; teamUnitId: string; enterpriseUnitId: string; form: unknown; workflowId: string; submittedBy: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO pioneer_team_applications (id, competition_id, team_unit_id, enterprise_unit_id, form, status, workflow_id, submitted_by)
       VALUES ($1, $2, $3, $4, $5, 'submitted', $6, $7)`,
      [a.id, a.competitionId, a.teamUnitId, a.enterpriseUnitId, JSON.stringify(a.form), a.workflowId, a.submittedBy],
    );
  }

  /** The application if it is still submitted, locked; undefined once it has its outcome. */
  async lockSubmitted(tx: EntityManager, id: string): Promise<SubmittedApplication | undefined> {
    const [application]: SubmittedApplication[] = await tx.query(
      `SELECT competition_id, team_unit_id, enterprise_unit_id, form, submitted_by FROM pioneer_team_applications
        WHERE id = $1 AND status = 'submitted' FOR UPDATE`,
      [id],
    );
    return application;
  }

  async setStatus(tx: EntityManager, id: string, status: string): Promise<void> {
    await tx.query(`UPDATE pioneer_team_applications SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
  }
}
