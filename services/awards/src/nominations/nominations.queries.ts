import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { NOMINATION_COLUMNS, NominationRow } from './nomination.row';

export interface ObjectionListRow {
  id: string;
  reason: string;
  status: string;
  ruling_note: string | null;
  lodged_at: Date;
  ruled_at: Date | null;
}

export interface HonourHeldRow {
  nomination_id: string;
  honour_code: string;
  name: string;
  year: number;
  nominee_path: string;
  certificate_no: string;
  conferred_at: Date;
  conferring_unit_id: string;
}

/** What a conferred honour's certificate (荣誉证书) says, from the honour history. */
export interface CertificateRow {
  certificate_no: string;
  honour: string;
  nominee_kind: string;
  nominee_name: string;
  nominee_path: string;
  nominee_unit_id: string;
  source: 'assessment' | 'hazard' | 'manual';
  conferring_unit_id: string;
  year: number;
  conferred_at: Date;
}

export interface NominationFilter {
  status: string | null;
  honourCode: string | null;
  conferringUnitId: string | null;
  year: number | null;
  /** Nominations from hazard reporting name reporters: listed for the union line only. */
  withHazardNominations: boolean;
}

/** The nominations' lists: read-only SQL for the list and history endpoints. */
@Injectable()
export class NominationQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Nominations of nominees at or under `orgPath`, or conferred there; priority recommendations first. */
  async ofSubtree(orgPath: string, filter: NominationFilter, page: { limit: number; offset: number }): Promise<{ rows: NominationRow[]; total: number }> {
    const params = [
      orgPath,
      descendantsLikePattern(orgPath),
      filter.status,
      filter.honourCode,
      filter.withHazardNominations,
      filter.conferringUnitId,
      filter.year,
    ];
    const where = `(n.nominee_path = $1 OR n.nominee_path LIKE $2 OR n.conferring_path = $1) AND ($3::text IS NULL OR n.status = $3) AND ($4::text IS NULL OR n.honour_code = $4)
                   AND (n.source <> 'hazard' OR $5::boolean) AND ($6::text IS NULL OR n.conferring_unit_id = $6) AND ($7::int IS NULL OR n.year = $7)`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM nominations n WHERE ${where}`, params);
    const rows: NominationRow[] = await this.dataSource.query(
      `SELECT ${NOMINATION_COLUMNS} FROM nominations n WHERE ${where} ORDER BY n.priority DESC, n.created_at LIMIT ${page.limit} OFFSET ${page.offset}`,
      params,
    );
    return { rows, total };
  }

  /** The objections lodged against a nomination, oldest first. */
  objectionsTo(nominationId: string): Promise<ObjectionListRow[]> {
    return this.dataSource.query(`SELECT id, reason, status, ruling_note, lodged_at, ruled_at FROM objections WHERE nomination_id = $1 ORDER BY lodged_at`, [
      nominationId,
    ]);
  }

  /** The honours a nominee holds, newest first. */
  honoursHeldBy(nomineeId: string): Promise<HonourHeldRow[]> {
    return this.dataSource.query(
      `SELECT h.*, o.name FROM honour_history h JOIN honours o ON o.code = h.honour_code WHERE h.nominee_id = $1 ORDER BY h.conferred_at DESC`,
      [nomineeId],
    );
  }

  /** The certificate of a conferred nomination, or undefined when it holds none. */
  async certificateOf(nominationId: string): Promise<CertificateRow | undefined> {
    const [row]: CertificateRow[] = await this.dataSource.query(
      `SELECT h.certificate_no, o.name AS honour, h.nominee_kind, h.nominee_name, h.nominee_path, n.nominee_unit_id, n.source, h.conferring_unit_id, h.year, h.conferred_at
         FROM honour_history h JOIN honours o ON o.code = h.honour_code JOIN nominations n ON n.id = h.nomination_id
        WHERE h.nomination_id = $1`,
      [nominationId],
    );
    return row;
  }
}
