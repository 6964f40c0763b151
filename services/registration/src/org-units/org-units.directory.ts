import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrgDirectory, OrgUnitRef } from '@lc/platform';
import { OrgUnitOrmEntity } from './org-unit.orm-entity';

/** Registration owns the tree: scope checks here read it directly. */
@Injectable()
export class OrgUnitsDirectory extends OrgDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async find(unitId: string): Promise<OrgUnitRef | null> {
    const unit = await this.dataSource.getRepository(OrgUnitOrmEntity).findOneBy({ id: unitId });
    return unit ? { id: unit.id, kind: unit.kind, name: unit.name, parentId: unit.parentId, path: unit.path, active: unit.active } : null;
  }
}
