import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { HonourDefinition } from './honour-catalogue';
import { HonourRow } from './honour.row';

/** The honour catalogue: every statement on `honours`. */
@Injectable()
export class HonourRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  all(): Promise<HonourRow[]> {
    return this.dataSource.query(`SELECT * FROM honours ORDER BY conferring_level, code`);
  }

  async byCode(code: string, manager: EntityManager = this.dataSource.manager): Promise<HonourRow | undefined> {
    const [row]: HonourRow[] = await manager.query(`SELECT * FROM honours WHERE code = $1`, [code]);
    return row;
  }

  /** Writes a catalogue honour unless it is there: one already there keeps what a deployment made of it. */
  async seed(h: HonourDefinition): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO honours (code, name, conferring_level, nominee_kind, criteria, material_reward_fen)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING`,
      [h.code, h.name, h.conferringLevel, h.nomineeKind, h.criteria, Math.round(h.materialRewardYuan * 100)],
    );
  }
}
