import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrgUnitKind } from '@lc/org';
import type { SqlRunner } from '../../database/sql-runner';
import { OrgDirectory, OrgUnitRef } from '../org-directory';

/** Answers from the service's own copy of the tree; a unit registration has not yet told about is unknown. */
@Injectable()
export class ReadModelOrgDirectory extends OrgDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async find(unitId: string, db: SqlRunner = this.dataSource): Promise<OrgUnitRef | null> {
    const [row]: { id: string; kind: OrgUnitKind; name: string; parent_id: string | null; path: string; active: boolean }[] =
      await db.query(`SELECT id, kind, name, parent_id, path, active FROM org_tree_units WHERE id = $1`, [unitId]);
    return row ? { id: row.id, kind: row.kind, name: row.name, parentId: row.parent_id, path: row.path, active: row.active } : null;
  }
}
