import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DELEGATION_COLUMNS, DelegationDto } from './delegation.response.dto';

/** The delegations' lists: read-only SQL. */
@Injectable()
export class DelegationQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The delegations a user gave and those they received, newest first (at most 500 each). */
  async ofUser(userId: string): Promise<{ given: DelegationDto[]; received: DelegationDto[] }> {
    const [given, received]: DelegationDto[][] = await Promise.all([
      this.dataSource.query(`SELECT ${DELEGATION_COLUMNS} FROM approval_delegations d WHERE d.approver_user_id = $1 ORDER BY d.created_at DESC, d.id LIMIT 500`, [userId]),
      this.dataSource.query(`SELECT ${DELEGATION_COLUMNS} FROM approval_delegations d WHERE d.deputy_user_id = $1 ORDER BY d.created_at DESC, d.id LIMIT 500`, [userId]),
    ]);
    return { given, received };
  }
}
