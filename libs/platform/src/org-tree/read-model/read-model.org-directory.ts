import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrgUnitKind } from '@lc/org';
import type { SqlRunner } from '../../database/sql-runner';
import { OrgDirectory, OrgUnitRef } from '../org-directory';
import { OrgUnitCache } from './org-unit-cache';

/**
 * Answers from the service's own copy of the tree; a unit registration has not yet told about is
 * unknown. Outside a transaction a unit read a moment ago is used again (OrgUnitCache); inside one, the
 * copy is read through the transaction, as it is now.
 */
@Injectable()
export class ReadModelOrgDirectory extends OrgDirectory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: OrgUnitCache,
  ) {
    super();
  }

  async find(unitId: string, db?: SqlRunner): Promise<OrgUnitRef | null> {
    if (db) return this.read(unitId, db);
    const cached = this.cache.get(unitId);
    if (cached) return cached;
    const unit = await this.read(unitId, this.dataSource);
    if (unit) this.cache.set(unit);
    return unit;
  }

  private async read(unitId: string, db: SqlRunner): Promise<OrgUnitRef | null> {
    const [row]: { id: string; kind: OrgUnitKind; name: string; parent_id: string | null; path: string; active: boolean }[] =
      await db.query(`SELECT id, kind, name, parent_id, path, active FROM org_tree_units WHERE id = $1`, [unitId]);
    return row ? { id: row.id, kind: row.kind, name: row.name, parentId: row.parent_id, path: row.path, active: row.active } : null;
  }
}
