import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NominationRow } from './nomination-row';

export interface HonourRow {
  code: string;
  name: string;
  conferring_level: 'county' | 'city' | 'province' | 'national';
  nominee_kind: 'person' | 'team' | 'unit';
  material_reward_fen: string;
}

@Injectable()
export class NominationStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<NominationRow> {
    const [row]: NominationRow[] = await manager.query(`SELECT * FROM nominations WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    if (!row) throw new NotFoundException(`id: there is no nomination ${id}`);
    return row;
  }

  async honour(code: string, manager: EntityManager = this.dataSource.manager): Promise<HonourRow | undefined> {
    const [row]: HonourRow[] = await manager.query(`SELECT * FROM honours WHERE code = $1`, [code]);
    return row;
  }
}
