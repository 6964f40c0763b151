import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { descendantsLikePattern, lineagePaths } from '@lc/org';

export interface FundEntryRow {
  nomination_id: string;
  honour_code: string;
  honour_name: string;
  nominee_kind: 'person' | 'team' | 'unit';
  nominee_name: string;
  nominee_path: string;
  source: 'assessment' | 'hazard' | 'manual';
  amount_fen: string;
  recorded_at: Date;
}

export interface QuotaLineRow {
  honour_code: string;
  honour_name: string;
  conferring_level: string;
  nominee_kind: string;
  conferring_unit_id: string;
  year: number;
  quota: number;
  taken: number;
  in_approval: number;
}

export interface QuotaFilter {
  year: number | null;
  honourCode: string | null;
}

/** The catalogue's lists: read-only SQL for the quota list and the fund's ledger. */
@Injectable()
export class CatalogueQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The lines of a union's competition fund for the year, in the order paid. */
  async fundEntries(unitId: string, year: number, page: { limit: number; offset: number }): Promise<{ rows: FundEntryRow[]; total: number }> {
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM fund_entries WHERE unit_id = $1 AND year = $2`, [unitId, year]);
    const rows: FundEntryRow[] = await this.dataSource.query(
      `SELECT e.nomination_id, n.honour_code, h.name AS honour_name, n.nominee_kind, n.nominee_name, n.nominee_path, n.source, e.amount_fen, e.recorded_at
         FROM fund_entries e JOIN nominations n ON n.id = e.nomination_id JOIN honours h ON h.code = n.honour_code
        WHERE e.unit_id = $1 AND e.year = $2
        ORDER BY e.id LIMIT ${page.limit} OFFSET ${page.offset}`,
      [unitId, year],
    );
    return { rows, total };
  }

  /** The quotas of the unions on the line of `orgPath` (above it and in its subtree), with the places in approval. */
  async quotasOnLineOf(orgPath: string, filter: QuotaFilter, page: { limit: number; offset: number }): Promise<{ rows: QuotaLineRow[]; total: number }> {
    const params = [lineagePaths(orgPath), descendantsLikePattern(orgPath), filter.year, filter.honourCode];
    const where = `(q.conferring_path = ANY($1) OR q.conferring_path LIKE $2) AND ($3::int IS NULL OR q.year = $3) AND ($4::text IS NULL OR q.honour_code = $4)`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM honour_quotas q WHERE ${where}`, params);
    const rows: QuotaLineRow[] = await this.dataSource.query(
      `SELECT q.honour_code, h.name AS honour_name, h.conferring_level, h.nominee_kind, q.conferring_unit_id, q.year, q.quota, q.taken,
              (SELECT count(*)::int FROM nominations n
                WHERE n.honour_code = q.honour_code AND n.conferring_unit_id = q.conferring_unit_id AND n.year = q.year AND n.status = 'submitted') AS in_approval
         FROM honour_quotas q JOIN honours h ON h.code = q.honour_code
        WHERE ${where}
        ORDER BY q.year DESC, array_position(ARRAY['national', 'province', 'city', 'county'], h.conferring_level), q.conferring_unit_id, q.honour_code
        LIMIT ${page.limit} OFFSET ${page.offset}`,
      params,
    );
    return { rows, total };
  }
}
