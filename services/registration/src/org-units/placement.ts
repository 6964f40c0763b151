import { canBeChildOf, describeKindWithArticle, OrgUnitKind } from '@lc/org';
import { OrgUnitOrmEntity } from './org-unit.orm-entity';

/** Why a new unit of this kind may not go under this parent, or null when it may. */
export function placementProblem(kind: OrgUnitKind, parent: OrgUnitOrmEntity): string | null {
  if (!parent.active) return `${parent.id} (${parent.name}) is deactivated and takes no new units`;
  if (!canBeChildOf(kind, parent.kind)) {
    return `${describeKindWithArticle(kind)} may not be placed under ${parent.id}, which is ${describeKindWithArticle(parent.kind)}`;
  }
  return null;
}

/** An enterprise's id when the cadre gives none: stable, readable, and unique as the code is. */
export const enterpriseIdOf = (creditCode: string): string => `ent-${creditCode.toLowerCase()}`;
