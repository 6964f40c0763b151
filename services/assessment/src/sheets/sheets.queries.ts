import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { SheetRow, SheetStatus } from './sheet.row';

/** The sheet lists: read-only SQL across sheets, for the list endpoints. */
@Injectable()
export class SheetQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A competition's sheets of the units at or under `orgPath`, by unit, one page of them and how many there are. */
  async ofCompetitionUnder(
    competitionId: string,
    orgPath: string,
    filter: { status: SheetStatus | null },
    page: { limit: number; offset: number },
  ): Promise<{ rows: SheetRow[]; total: number }> {
    const params: unknown[] = [competitionId, orgPath, descendantsLikePattern(orgPath), filter.status];
    const where = `s.competition_id = $1 AND (s.unit_path = $2 OR s.unit_path LIKE $3) AND ($4::text IS NULL OR s.status = $4)`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM assessment_sheets s WHERE ${where}`, params);
    const rows: SheetRow[] = await this.dataSource.query(
      `SELECT s.* FROM assessment_sheets s WHERE ${where} ORDER BY s.unit_path LIMIT ${page.limit} OFFSET ${page.offset}`,
      params,
    );
    return { rows, total };
  }
}
