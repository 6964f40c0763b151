import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SupervisorForm } from './supervisor-form';
import { SUPERVISOR_SELECT, SupervisorRow, SupervisorStatus } from './supervisor.row';

/** The energy-saving supervisors' registrations (节能减排义务监督员登记): every statement on `energy_supervisors`. */
@Injectable()
export class SupervisorRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(id: string): Promise<SupervisorRow | undefined> {
    const [row]: SupervisorRow[] = await this.dataSource.query(`${SUPERVISOR_SELECT} WHERE s.id = $1`, [id]);
    return row;
  }

  /** The person's registration still in its chain or approved (one per mobile), locked; undefined when none. */
  async liveOfMobile(tx: EntityManager, mobile: string): Promise<{ id: string; status: SupervisorStatus } | undefined> {
    const [live]: { id: string; status: SupervisorStatus }[] = await tx.query(
      `SELECT id, status FROM energy_supervisors WHERE form ->> 'mobile' = $1 AND status IN ('submitted', 'approved') FOR UPDATE`,
      [mobile],
    );
    return live;
  }

  /** A registration submitted up its chain. The unique index refuses a second live one of the same person. */
  async insertSubmitted(
    tx: EntityManager,
    r: { id: string; unitId: string; enterpriseUnitId: string; form: SupervisorForm; workflowId: string; submittedBy: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO energy_supervisors (id, unit_id, enterprise_unit_id, form, status, workflow_id, submitted_by)
       VALUES ($1, $2, $3, $4, 'submitted', $5, $6)`,
      [r.id, r.unitId, r.enterpriseUnitId, JSON.stringify(r.form), r.workflowId, r.submittedBy],
    );
  }

  /** Its chain's outcome, if it is still submitted; false when it was decided already. */
  async decide(tx: EntityManager, id: string, status: string, at: string | Date): Promise<boolean> {
    const [rows]: [{ id: string }[], number] = await tx.query(
      `UPDATE energy_supervisors SET status = $2, decided_at = $3, updated_at = now() WHERE id = $1 AND status = 'submitted' RETURNING id`,
      [id, status, at],
    );
    return rows.length > 0;
  }
}
