import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@lc/org';
import { ApprovalPerson, ApproverDirectory } from '../../approvals/approver-directory';
import type { SqlRunner } from '../../database/sql-runner';

/**
 * Who decides at a unit, from the service's copies of the users and of the tree: the unit's active
 * users holding a deciding role, whose unit is active too. The same rule and order as registration's
 * own directory, so a chain resolves to the same people whichever service owns the item.
 */
@Injectable()
export class ReadModelApproverDirectory extends ApproverDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async usersWithRoles(unitId: string, roles: readonly Role[], db: SqlRunner = this.dataSource): Promise<string[]> {
    if (roles.length === 0) return [];
    // Ids are registration's uuids kept as text: compared byte by byte ("C") they sort as the uuids do,
    // whatever the database's collation, so users created together come in registration's order too.
    const rows: { id: string }[] = await db.query(
      `SELECT u.id FROM user_directory u JOIN org_tree_units o ON o.id = u.org_unit_id
        WHERE u.org_unit_id = $1 AND u.active AND o.active AND u.roles && $2::text[]
        ORDER BY u.created_at, u.id COLLATE "C"`,
      [unitId, roles],
    );
    return rows.map((r) => r.id);
  }

  async people(userIds: readonly string[]): Promise<Record<string, ApprovalPerson>> {
    const rows: ({ id: string } & ApprovalPerson)[] = await this.dataSource.query(
      `SELECT id, display_name AS "displayName", org_unit_id AS "orgUnitId" FROM user_directory WHERE id = ANY($1::text[])`,
      [userIds],
    );
    return Object.fromEntries(rows.map(({ id, ...person }) => [id, person]));
  }
}
