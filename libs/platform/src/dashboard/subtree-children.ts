import type { SqlRunner } from '../database/sql-runner';

/**
 * SQL for the path of the unit directly under `$unitPath` on a row's path column: the unit's path and
 * the next id of the row's path. Rows at the unit itself answer the unit's path with a trailing '/', so
 * a caller groups by it and keeps only the children (`childPath LIKE unitPath/%` with a non-empty id).
 */
export function childPathSql(pathColumn: string, unitPathParam: string): string {
  return `${unitPathParam} || '/' || split_part(substr(${pathColumn}, length(${unitPathParam}) + 2), '/', 1)`;
}

/** The id and name of each unit path, from the service's copy of the tree. */
export async function unitsByPath(db: SqlRunner, paths: string[]): Promise<Map<string, { id: string; name: string }>> {
  if (paths.length === 0) return new Map();
  const rows: { id: string; name: string; path: string }[] = await db.query(`SELECT id, name, path FROM org_tree_units WHERE path = ANY($1::text[])`, [paths]);
  return new Map(rows.map((r) => [r.path, { id: r.id, name: r.name }]));
}

/** The id and name of a child row for a dashboard: the name null when the copy of the tree does not have it. */
export function childOf(units: Map<string, { id: string; name: string }>, path: string): { unitId: string; name: string | null } {
  const unit = units.get(path);
  return { unitId: unit?.id ?? path.slice(path.lastIndexOf('/') + 1), name: unit?.name ?? null };
}

/**
 * A dashboard's rows (each carrying `child_path` from childPathSql) as one entry per unit directly under
 * the unit asked about, named from the tree and with the figures made of its rows. Rows of the unit
 * itself (the path with a trailing '/') count in the totals only, so they are left out here.
 */
export async function childFigures<Row extends { child_path: string }, Figures>(
  db: SqlRunner,
  rows: Row[],
  figures: (rows: Row[]) => Figures,
): Promise<{ unitId: string; name: string | null; figures: Figures }[]> {
  const byChild = new Map<string, Row[]>();
  for (const row of rows) {
    if (row.child_path.endsWith('/')) continue;
    const group = byChild.get(row.child_path);
    if (group) group.push(row);
    else byChild.set(row.child_path, [row]);
  }
  const childPaths = [...byChild.keys()].sort();
  const names = await unitsByPath(db, childPaths);
  return childPaths.map((path) => ({ ...childOf(names, path), figures: figures(byChild.get(path) ?? []) }));
}

/** A share as a percent to one decimal place; null when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}
