import { Injectable } from '@nestjs/common';
import { idsOfPath, isStrictDescendant } from '@lc/org';
import { OrgDirectory, UserDirectory } from '@lc/platform';
import { NomineeNotEligible } from './nomination.errors';

export interface Nominee {
  kind: 'person' | 'team' | 'unit';
  id: string;
  name: string;
  /** The person's unit, or the team or unit itself. */
  unitId: string;
  path: string;
  /** The enterprise union the nomination starts from (the nominee's own for a unit). */
  enterpriseUnitId: string;
}

/** Finds who is nominated: a person (user), a team or an enterprise, and the enterprise union it belongs to. */
@Injectable()
export class Nominees {
  constructor(
    private readonly users: UserDirectory,
    private readonly directory: OrgDirectory,
  ) {}

  async resolve(kind: Nominee['kind'], nomineeId: string, conferringPath: string): Promise<Nominee> {
    let unitId = nomineeId;
    let name: string;
    if (kind === 'person') {
      const user = await this.users.find(nomineeId);
      if (!user || !user.active) throw new NomineeNotEligible('nomineeId', `there is no active person '${nomineeId}'`, '没有这个在职人员');
      unitId = user.orgUnitId;
      name = user.displayName;
    }
    const unit = await this.directory.getReferenced(unitId, 'nomineeId');
    if (kind === 'team' && unit.kind !== 'team') throw new NomineeNotEligible('nomineeId', `the honour goes to a team; ${unit.id} is not one`, `该荣誉授予班组；${unit.id} 不是班组`);
    if (kind === 'unit' && unit.kind !== 'enterprise_union') throw new NomineeNotEligible('nomineeId', `the honour goes to a unit (an enterprise); ${unit.id} is not one`, `该荣誉授予单位（企业）；${unit.id} 不是企业`);
    name ??= unit.name;
    if (!isStrictDescendant(unit.path, conferringPath)) {
      throw new NomineeNotEligible('nomineeId', `${name} is not under the conferring union; an honour goes to those under the union that confers it`, `${name} 不在授予荣誉的工会之下；荣誉只授予该工会下属的人员和单位`);
    }
    const enterprise = await this.enterpriseOf(unit.path);
    if (!enterprise) throw new NomineeNotEligible('nomineeId', `${name} belongs to no enterprise union, where a nomination starts`, `${name} 不属于任何企业工会，推荐须从企业工会开始`);
    return { kind, id: nomineeId, name, unitId: unit.id, path: unit.path, enterpriseUnitId: enterprise };
  }

  private async enterpriseOf(path: string): Promise<string | undefined> {
    for (const id of idsOfPath(path).reverse()) {
      if ((await this.directory.find(id))?.kind === 'enterprise_union') return id;
    }
    return undefined;
  }
}
