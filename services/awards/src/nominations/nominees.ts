import { BadRequestException, Injectable } from '@nestjs/common';
import { idsOfPath, isStrictDescendant } from '@lc/org';
import { OrgDirectory, UserDirectory } from '@lc/platform';

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
      if (!user || !user.active) throw new BadRequestException(`nomineeId: there is no active person '${nomineeId}'`);
      unitId = user.orgUnitId;
      name = user.displayName;
    }
    const unit = await this.directory.getReferenced(unitId, 'nomineeId');
    if (kind === 'team' && unit.kind !== 'team') throw new BadRequestException(`nomineeId: the honour goes to a team; ${unit.id} is not one`);
    if (kind === 'unit' && unit.kind !== 'enterprise_union') throw new BadRequestException(`nomineeId: the honour goes to a unit (an enterprise); ${unit.id} is not one`);
    name ??= unit.name;
    if (!isStrictDescendant(unit.path, conferringPath)) {
      throw new BadRequestException(`nomineeId: ${name} is not under the conferring union; an honour goes to those under the union that confers it`);
    }
    const enterprise = await this.enterpriseOf(unit.path);
    if (!enterprise) throw new BadRequestException(`nomineeId: ${name} belongs to no enterprise union, where a nomination starts`);
    return { kind, id: nomineeId, name, unitId: unit.id, path: unit.path, enterpriseUnitId: enterprise };
  }

  private async enterpriseOf(path: string): Promise<string | undefined> {
    for (const id of idsOfPath(path).reverse()) {
      if ((await this.directory.find(id))?.kind === 'enterprise_union') return id;
    }
    return undefined;
  }
}
