import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrgUnitKind } from '@lc/org';
import { OrgDirectory, OrgUnitRef, SqlRunner } from '@lc/platform';

/** Registration owns the tree: scope checks here read it directly. */
@Injectable()
export class OrgUnitsDirectory extends OrgDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async find(unitId: string, db: SqlRunner = this.dataSource): Promise<OrgUnitRef | null> {
    const [row]: { id: string; kind: OrgUnitKind; name: string; parent_id: string | null; path: string; active: boolean }[] = await db.query(
      `SELECT id, kind, name, parent_id, path, active FROM org_units WHERE id = $1`,
      [unitId],
    );
    return row ? { id: row.id, kind: row.kind, name: row.name, parentId: row.parent_id, path: row.path, active: row.active } : null;
  }
}
