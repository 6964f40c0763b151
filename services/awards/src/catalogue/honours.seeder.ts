import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { honourCatalogue } from './honour-catalogue';
import { HonourRepository } from './honour.repository';

/** Writes the catalogue's honours that are missing; an honour already there keeps what a deployment made of it. */
@Injectable()
export class HonoursSeeder implements OnApplicationBootstrap {
  constructor(private readonly honours: HonourRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const h of honourCatalogue) await this.honours.seed(h);
  }
}
