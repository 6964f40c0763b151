import { InvalidOrgPathError, InvalidOrgUnitIdError } from './org.errors';

/**
 * Materialised ancestor paths: a unit's path lists the ids from the root down to the unit itself,
 * '/city/county-a/town-1/ent-7'. A subtree query is then one prefix match, and a scope check needs no
 * database. Ids are restricted so that '/' can never occur inside one and a path splits unambiguously.
 */
const idPattern = /^[A-Za-z0-9_-]+$/;
/** Long enough for a uuid or a credit code with a prefix; short enough to keep paths indexable. */
export const maxOrgUnitIdLength = 64;

export function isValidOrgUnitId(id: string): boolean {
  return id.length <= maxOrgUnitIdLength && idPattern.test(id);
}

export function assertOrgUnitId(id: string): void {
  if (!isValidOrgUnitId(id)) {
    throw new InvalidOrgUnitIdError(
      `org unit id '${id}' is not valid: use 1 to ${maxOrgUnitIdLength} letters, digits, '-' or '_'`,
      `组织单位编号「${id}」无效：只能由 1 到 ${maxOrgUnitIdLength} 个字母、数字、“-”或“_”组成`,
    );
  }
}

/** The ids of a path from the root down to the unit itself; throws if the path is malformed. */
export function idsOfPath(path: string): string[] {
  if (!path.startsWith('/') || path.length < 2) {
    throw new InvalidOrgPathError(`org path '${path}' is not valid: it must look like '/root-id/child-id'`, `组织路径「${path}」无效：应形如“/root-id/child-id”`);
  }
  const ids = path.slice(1).split('/');
  for (const id of ids) {
    if (!isValidOrgUnitId(id)) {
      throw new InvalidOrgPathError(
        `org path '${path}' is not valid: '${id}' is not an org unit id (letters, digits, '-' or '_')`,
        `组织路径「${path}」无效：「${id}」不是组织单位编号（只能含字母、数字、“-”或“_”）`,
      );
    }
  }
  return ids;
}

export function isValidOrgPath(path: string): boolean {
  try {
    idsOfPath(path);
    return true;
  } catch {
    return false;
  }
}

export function assertOrgPath(path: string): void {
  idsOfPath(path);
}

/** The path of a unit with this id under a parent; a root unit has no parent path. */
export function pathOf(parentPath: string | null | undefined, id: string): string {
  assertOrgUnitId(id);
  if (parentPath === null || parentPath === undefined) return `/${id}`;
  assertOrgPath(parentPath);
  return `${parentPath}/${id}`;
}

/** The id of the unit the path leads to. */
export function unitIdOfPath(path: string): string {
  const ids = idsOfPath(path);
  return ids[ids.length - 1];
}

/** The parent's path, or null for a root. */
export function parentPathOf(path: string): string | null {
  const ids = idsOfPath(path);
  return ids.length === 1 ? null : `/${ids.slice(0, -1).join('/')}`;
}

/** The ancestors' ids from the root down, without the unit itself. */
export function ancestorIds(path: string): string[] {
  return idsOfPath(path).slice(0, -1);
}

/** Depth below the root: 0 for a root. */
export function depthOf(path: string): number {
  return idsOfPath(path).length - 1;
}

/**
 * True when `path` is `ofPath` itself or lies under it. Compared id by id, so '/city/town-1' is not
 * under '/city/town' although it starts with the same characters.
 */
export function isSelfOrDescendant(path: string, ofPath: string): boolean {
  const ids = idsOfPath(path);
  const ofIds = idsOfPath(ofPath);
  return ofIds.length <= ids.length && ofIds.every((id, i) => ids[i] === id);
}

/** True when `path` lies strictly under `ofPath`. */
export function isStrictDescendant(path: string, ofPath: string): boolean {
  return isSelfOrDescendant(path, ofPath) && path !== ofPath;
}

/**
 * The path a unit of a moved subtree gets: the old prefix (the moved unit's old path) is replaced by
 * the new one. Refuses a path outside the moved subtree, and a new prefix inside the old subtree
 * (that would be a cycle; validateMove explains it to the user first).
 */
export function rebasePath(path: string, oldPrefix: string, newPrefix: string): string {
  assertOrgPath(newPrefix);
  if (!isSelfOrDescendant(path, oldPrefix)) {
    throw new InvalidOrgPathError(`org path '${path}' is not in the moved subtree '${oldPrefix}'`, `组织路径「${path}」不在被移动的「${oldPrefix}」之下`);
  }
  if (isStrictDescendant(newPrefix, oldPrefix)) {
    throw new InvalidOrgPathError(`cannot rebase '${oldPrefix}' onto '${newPrefix}', which lies inside it`, `不能把「${oldPrefix}」移到其内部的「${newPrefix}」之下`);
  }
  return newPrefix + path.slice(oldPrefix.length);
}

/**
 * True when one unit lies on the other's line to the root: the same unit, an ancestor or a descendant.
 * What a unit organises (a competition) is seen by the units under it, which take part, and by the
 * unions above it, which oversee it; never by a sibling branch.
 */
export function sharesLineage(path: string, otherPath: string): boolean {
  return isSelfOrDescendant(path, otherPath) || isSelfOrDescendant(otherPath, path);
}

/**
 * A LIKE pattern matching every unit strictly under `path`. Ids may contain '_', which LIKE would read
 * as a wildcard, so it is escaped; '/' after the path stops '/city/town' from matching '/city/town-1'.
 */
export function descendantsLikePattern(path: string): string {
  assertOrgPath(path);
  return `${escapeLike(path)}/%`;
}

/** Text with LIKE's wildcards and escape character escaped, to match literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The paths of the unit and of every unit above it, from the root down. */
export function lineagePaths(path: string): string[] {
  const ids = idsOfPath(path);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}`);
}
