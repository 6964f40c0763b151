import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@lc/org';
import { ApproverDirectory, SqlRunner } from '@lc/platform';

/** Who decides at a unit: its active users holding a deciding role, whose unit is active too. */
@Injectable()
export class UsersApproverDirectory extends ApproverDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async usersWithRoles(unitId: string, roles: readonly Role[], db: SqlRunner = this.dataSource): Promise<string[]> {
    if (roles.length === 0) return [];
    const rows: { id: string }[] = await db.query(
      `SELECT u.id FROM users u JOIN org_units o ON o.id = u.org_unit_id
        WHERE u.org_unit_id = $1 AND u.active AND o.active AND u.roles && $2::text[]
        ORDER BY u.created_at, u.id`,
      [unitId, roles],
    );
    return rows.map((r) => r.id);
  }
}

/** Global, so that the platform's approvals module finds the directory. */
@Global()
@Module({ providers: [{ provide: ApproverDirectory, useClass: UsersApproverDirectory }], exports: [ApproverDirectory] })
export class ApproverDirectoryModule {}
