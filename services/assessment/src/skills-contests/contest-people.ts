import { Injectable } from '@nestjs/common';
import { idsOfPath } from '@lc/org';
import { OrgDirectory, OrgUnitRef, UserDirectory, UserRef } from '@lc/platform';
import { PersonNotEligible } from './skills-contest.errors';

export interface ContestPerson {
  user: UserRef;
  unit: OrgUnitRef;
  /** The enterprise union on the person's path (their own unit included), or null at a union office above enterprises. */
  enterpriseUnitId: string | null;
}

/**
 * Who a judge or a contestant is, from assessment's copies of registration's users and org tree:
 * their unit and the enterprise they belong to, which the conflict-of-interest rule (回避) compares.
 */
@Injectable()
export class ContestPeople {
  constructor(
    private readonly users: UserDirectory,
    private readonly units: OrgDirectory,
  ) {}

  async resolve(userId: string, field: string): Promise<ContestPerson> {
    const user = await this.users.find(userId);
    if (!user) throw new PersonNotEligible(field, `there is no user ${userId} (or assessment has not heard of them yet)`, '没有这个用户（或考核服务尚未收到该用户的信息）');
    if (!user.active) throw new PersonNotEligible(field, `user ${userId} (${user.displayName}) is deactivated`, `${user.displayName} 的账号已停用`);
    const unit = await this.units.find(user.orgUnitId);
    if (!unit) throw new PersonNotEligible(field, `the unit ${user.orgUnitId} of user ${userId} is not known here (yet)`, '考核服务尚未收到该用户所在单位的信息');
    return { user, unit, enterpriseUnitId: await this.enterpriseOf(unit) };
  }

  private async enterpriseOf(unit: OrgUnitRef): Promise<string | null> {
    if (unit.kind === 'enterprise_union') return unit.id;
    // Only a team lies under an enterprise: its parent is the enterprise. Above it there is none.
    if (unit.kind !== 'team') return null;
    const ids = idsOfPath(unit.path);
    for (const id of ids.slice(0, -1).reverse()) {
      const ancestor = await this.units.find(id);
      if (ancestor?.kind === 'enterprise_union') return ancestor.id;
    }
    return null;
  }
}
