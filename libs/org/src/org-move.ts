import { InvalidOrgPathError, OrgMoveCycleError, ParentDeactivatedError, ParentKindNotAllowedError } from './org.errors';
import { canBeChildOf, describeKindWithArticle, OrgUnitKind, orgUnitKindLabels } from './org-kinds';
import { isSelfOrDescendant, pathOf, unitIdOfPath } from './org-path';

/** What a move needs to know about the unit being moved. */
export interface MovedUnit {
  id: string;
  kind: OrgUnitKind;
  path: string;
}

/** What a move needs to know about the unit it goes under. */
export interface NewParentUnit {
  id: string;
  kind: OrgUnitKind;
  path: string;
  active: boolean;
}

export interface ValidMove {
  /** The moved unit's path after the move; rebase its subtree onto it with rebasePath. */
  newPath: string;
}

/**
 * Checks that a unit (with its whole subtree) may be placed under a new parent, and returns its new
 * path; throws a named error whose message says why not. Only the moved unit's own parent link
 * changes, so the kinds inside the subtree stay valid and need no check.
 */
export function validateMove(unit: MovedUnit, newParent: NewParentUnit): ValidMove {
  assertPathNames(unit.path, unit.id);
  assertPathNames(newParent.path, newParent.id);

  if (isSelfOrDescendant(newParent.path, unit.path)) {
    throw new OrgMoveCycleError(
      newParent.id === unit.id
        ? `${unit.id} cannot be moved under itself`
        : `${unit.id} cannot be moved under ${newParent.id}, which is one of its own sub-units; ` +
            'that would cut the subtree off the tree',
      newParent.id === unit.id
        ? `${unit.id} 不能移到自己下面`
        : `${unit.id} 不能移到 ${newParent.id} 下面：${newParent.id} 是它自己的下级单位，这样会使这部分组织脱离组织树`,
    );
  }
  if (!newParent.active) {
    throw new ParentDeactivatedError(
      `${unit.id} cannot be moved under ${newParent.id} because ${newParent.id} is deactivated`,
      `${unit.id} 不能移到 ${newParent.id} 下面：${newParent.id} 已停用`,
    );
  }
  if (!canBeChildOf(unit.kind, newParent.kind)) {
    throw new ParentKindNotAllowedError(
      `${unit.id} cannot be moved under ${newParent.id}: ${describeKindWithArticle(unit.kind)} ` +
        `may not be placed under ${describeKindWithArticle(newParent.kind)}`,
      `${unit.id} 不能移到 ${newParent.id} 下面：${orgUnitKindLabels[unit.kind].zh}不能设在${orgUnitKindLabels[newParent.kind].zh}之下`,
    );
  }
  return { newPath: pathOf(newParent.path, unit.id) };
}

/** A path must end with the unit's own id; a mismatch means the caller loaded the wrong row. */
function assertPathNames(path: string, id: string): void {
  if (unitIdOfPath(path) !== id) {
    throw new InvalidOrgPathError(`org path '${path}' does not end with the unit's id '${id}'`, `组织路径「${path}」的末尾不是该单位的编号「${id}」`);
  }
}
