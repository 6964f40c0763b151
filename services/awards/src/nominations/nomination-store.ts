import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OrgDirectory, OrgUnitRef } from '@lc/platform';
import { conferringKinds } from '../catalogue/honour-catalogue';
import { NOMINATION_COLUMNS, NominationRow } from './nomination-row';
import { noNomination } from './nomination-visibility';
import { NotConferredAtThisLevel, UnknownHonour } from './nomination.errors';

export interface HonourRow {
  code: string;
  name: string;
  conferring_level: 'county' | 'city' | 'province' | 'national';
  nominee_kind: 'person' | 'team' | 'unit';
  material_reward_fen: string;
}

/** A new nomination, a candidate until submitted. */
export interface NewNomination {
  id: string;
  honourCode: string;
  year: number;
  conferring: { id: string; path: string };
  nominee: { kind: string; id: string; name: string; unitId: string; path: string };
  source: 'manual' | 'hazard';
  material: string | null;
  createdBy: string;
}

/** The nominations' repository: loads, locks and writes nominations, and reads the honours they are for. */
@Injectable()
export class NominationStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
  ) {}

  /** An honour and a union at its conferring level (a county honour, a county federation), or 400 naming the field. */
  async honourConferredBy(honourCode: string, unitId: string, fields = { honour: 'honourCode', unit: 'conferringUnitId' }): Promise<{ honour: HonourRow; unit: OrgUnitRef }> {
    const honour = await this.honour(honourCode);
    if (!honour) throw new UnknownHonour(fields.honour, honourCode);
    const unit = await this.directory.getReferenced(unitId, fields.unit);
    if (!(conferringKinds[honour.conferring_level] as readonly string[]).includes(unit.kind)) {
      throw new NotConferredAtThisLevel(fields.unit, `${honour.name} is conferred at the ${honour.conferring_level} level; ${unit.id} is not at it`, honour.name);
    }
    return { honour, unit };
  }

  async load(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<NominationRow> {
    const [row]: NominationRow[] = await manager.query(`SELECT ${lock ? 'n.*' : NOMINATION_COLUMNS} FROM nominations n WHERE n.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    if (!row) throw noNomination(id);
    return row;
  }

  async create(tx: EntityManager, nomination: NewNomination): Promise<NominationRow> {
    const { nominee, conferring } = nomination;
    const [inserted]: NominationRow[] = await tx.query(
      `INSERT INTO nominations (id, honour_code, year, conferring_unit_id, conferring_path, nominee_kind, nominee_id, nominee_name,
                                  nominee_unit_id, nominee_path, source, material, status, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'candidate', $13) RETURNING *`,
      [
        nomination.id,
        nomination.honourCode,
        nomination.year,
        conferring.id,
        conferring.path,
        nominee.kind,
        nominee.id,
        nominee.name,
        nominee.unitId,
        nominee.path,
        nomination.source,
        nomination.material,
        nomination.createdBy,
      ],
    );
    return inserted;
  }

  async honour(code: string, manager: EntityManager = this.dataSource.manager): Promise<HonourRow | undefined> {
    const [row]: HonourRow[] = await manager.query(`SELECT * FROM honours WHERE code = $1`, [code]);
    return row;
  }
}
