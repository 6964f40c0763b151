import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@lc/org';
import { ApprovalPerson, ApproverDirectory, SqlRunner } from '@lc/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

  async people(userIds: readonly string[]): Promise<Record<string, ApprovalPerson>> {
    const rows: ({ id: string } & ApprovalPerson)[] = await this.dataSource.query(
      `SELECT id::text, display_name AS "displayName", org_unit_id AS "orgUnitId" FROM users WHERE id = ANY($1::uuid[])`,
      // Chains name users by registration's uuids; anything else (a system actor) has no name to show.
      [userIds.filter((id) => UUID.test(id))],
    );
    return Object.fromEntries(rows.map(({ id, ...person }) => [id, person]));
  }
}

/** Global, so that the platform's approvals module finds the directory. */
@Global()
@Module({ providers: [{ provide: ApproverDirectory, useClass: UsersApproverDirectory }], exports: [ApproverDirectory] })
export class ApproverDirectoryModule {}
