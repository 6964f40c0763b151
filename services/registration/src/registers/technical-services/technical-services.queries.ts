import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { TECHNICAL_SERVICE_SELECT, TechnicalServiceRow } from './technical-service.row';

/** The technical service requests' list: read-only SQL. */
@Injectable()
export class TechnicalServiceQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Requests of enterprises at or under `underPath`, newest first, optionally in one state. */
  async underPath(underPath: string, status: string | null, page: { limit: number; offset: number }): Promise<{ rows: TechnicalServiceRow[]; total: number }> {
    const where = `WHERE (ent.path = $1 OR ent.path LIKE $2) AND ($3::text IS NULL OR r.status = $3)`;
    const params = [underPath, descendantsLikePattern(underPath), status];
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM technical_service_requests r JOIN org_units ent ON ent.id = r.enterprise_unit_id ${where}`,
      params,
    );
    const rows: TechnicalServiceRow[] = await this.dataSource.query(`${TECHNICAL_SERVICE_SELECT} ${where} ORDER BY r.created_at DESC, r.id LIMIT $4 OFFSET $5`, [
      ...params,
      page.limit,
      page.offset,
    ]);
    return { rows, total };
  }
}
