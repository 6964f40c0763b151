import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { SUPERVISOR_SELECT, SupervisorRow, SupervisorStatus } from './supervisor.row';

/** The supervisors' register (名册): read-only SQL. */
@Injectable()
export class SupervisorQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Registrations of the status at or under `underPath`, by enterprise in tree order, then by name. */
  async register(underPath: string, status: SupervisorStatus, page: { limit: number; offset: number }): Promise<{ rows: SupervisorRow[]; total: number }> {
    const where = `WHERE s.status = $3 AND (u.path = $1 OR u.path LIKE $2)`;
    const params = [underPath, descendantsLikePattern(underPath), status];
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM energy_supervisors s JOIN org_units u ON u.id = s.unit_id ${where}`,
      params,
    );
    const rows: SupervisorRow[] = await this.dataSource.query(
      `${SUPERVISOR_SELECT} ${where}
        ORDER BY ent.path COLLATE "C", s.form ->> 'name', s.id LIMIT $4 OFFSET $5`,
      [...params, page.limit, page.offset],
    );
    return { rows, total };
  }
}
