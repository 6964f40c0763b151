import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@lc/org';

/** What a service knows of a user: enough to name them and tell where and as what they act. */
export interface UserRef {
  id: string;
  orgUnitId: string;
  displayName: string;
  roles: Role[];
  active: boolean;
}

/**
 * Finds users by id in the service's copy of registration's users (user.* events), so that naming a
 * designated person or a decider never calls registration. A user not yet heard of is undefined.
 */
@Injectable()
export class UserDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(userId: string): Promise<UserRef | undefined> {
    const [row]: { id: string; org_unit_id: string; display_name: string; roles: Role[]; active: boolean }[] = await this.dataSource.query(
      `SELECT id, org_unit_id, display_name, roles, active FROM user_directory WHERE id = $1`,
      [userId],
    );
    return row ? { id: row.id, orgUnitId: row.org_unit_id, displayName: row.display_name, roles: row.roles, active: row.active } : undefined;
  }
}
