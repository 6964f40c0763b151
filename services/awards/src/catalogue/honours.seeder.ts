import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { honourCatalogue } from './honour-catalogue';

/** Writes the catalogue's honours that are missing; an honour already there keeps what a deployment made of it. */
@Injectable()
export class HonoursSeeder implements OnApplicationBootstrap {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const h of honourCatalogue) {
      await this.dataSource.query(
        `INSERT INTO honours (code, name, conferring_level, nominee_kind, criteria, material_reward_fen)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING`,
        [h.code, h.name, h.conferringLevel, h.nomineeKind, h.criteria, Math.round(h.materialRewardYuan * 100)],
      );
    }
  }
}
