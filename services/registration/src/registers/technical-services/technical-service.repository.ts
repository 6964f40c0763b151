import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TechnicalServiceDelivery, TechnicalServiceForm, TechnicalServiceRating } from './technical-service-form';
import { TECHNICAL_SERVICE_SELECT, TechnicalServiceRow } from './technical-service.row';
import { TechnicalServiceStatus } from './technical-service-states';

/** A later box of attachment 5 and what it holds. */
export type TechnicalServiceBox = { column: 'delivery'; value: TechnicalServiceDelivery } | { column: 'rating'; value: TechnicalServiceRating };

/** The technical service requests (企业需求技术服务项目): every statement on `technical_service_requests`. */
@Injectable()
export class TechnicalServiceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(id: string): Promise<TechnicalServiceRow | undefined> {
    const [row]: TechnicalServiceRow[] = await this.dataSource.query(`${TECHNICAL_SERVICE_SELECT} WHERE r.id = $1`, [id]);
    return row;
  }

  /** The request, locked for the rest of the transaction. */
  async lock(tx: EntityManager, id: string): Promise<TechnicalServiceRow> {
    const [row]: TechnicalServiceRow[] = await tx.query(`${TECHNICAL_SERVICE_SELECT} WHERE r.id = $1 FOR UPDATE OF r`, [id]);
    return row;
  }

  async insertRequested(tx: EntityManager, r: { id: string; enterpriseUnitId: string; form: TechnicalServiceForm; workflowId: string; requestedBy: string }): Promise<void> {
    await tx.query(
      `INSERT INTO technical_service_requests (id, enterprise_unit_id, form, status, workflow_id, requested_by)
       VALUES ($1, $2, $3, 'requested', $4, $5)`,
      [r.id, r.enterpriseUnitId, JSON.stringify(r.form), r.workflowId, r.requestedBy],
    );
  }

  /** The township's opinion box decided, if the request still waits for it; false when it was decided already. */
  async decide(tx: EntityManager, id: string, status: TechnicalServiceStatus, opinion: string | null, at: string | Date): Promise<boolean> {
    const [rows]: [{ id: string }[], number] = await tx.query(
      `UPDATE technical_service_requests SET status = $2, township_opinion = $3, decided_at = $4, updated_at = now()
        WHERE id = $1 AND status = 'requested' RETURNING id`,
      [id, status, opinion, at],
    );
    return rows.length > 0;
  }

  /** A later box of attachment 5 filled (what was delivered, or the enterprise's rating), with the status it leads to. */
  async fillStep(
    tx: EntityManager,
    id: string,
    to: TechnicalServiceStatus,
    box: TechnicalServiceBox,
  ): Promise<void> {
    await tx.query(`UPDATE technical_service_requests SET status = $2, ${box.column} = $3, updated_at = now() WHERE id = $1`, [id, to, JSON.stringify(box.value)]);
  }
}
