import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';

/** A finalised sheet with its unit's name and its template, as the rankings read it. */
export interface FinalisedSheetRow {
  id: string;
  unit_id: string;
  unit_path: string;
  unit_kind: 'enterprise_union' | 'team';
  revision: number;
  review_total: string;
  passed: boolean;
  name: string | null;
  code: string;
  version: number;
  total_points: number;
}

/** The results' read-only SQL: what rankings, the year-end list and publication are made from. */
@Injectable()
export class ResultsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The organiser's path of a configured competition. */
  async organiserPathOf(competitionId: string): Promise<string | undefined> {
    const [row]: { organiser_path: string }[] = await this.dataSource.query(
      `SELECT organiser_path FROM competition_assessments WHERE competition_id = $1`,
      [competitionId],
    );
    return row?.organiser_path;
  }

  /** The competition's name and year (of its end) as registration announced it. */
  async titleOf(competitionId: string): Promise<{ name: string; year: number } | undefined> {
    const [row]: { name: string; year: number }[] = await this.dataSource.query(
      `SELECT name, extract(year FROM end_date)::int AS year FROM assessment_competitions WHERE competition_id = $1`,
      [competitionId],
    );
    return row;
  }

  /** The competition's finalised sheets, all of them or those under `underPath`. */
  finalisedSheets(competitionId: string, manager: EntityManager = this.dataSource.manager, underPath?: string): Promise<FinalisedSheetRow[]> {
    return manager.query(
      `SELECT s.id, s.unit_id, s.unit_path, s.unit_kind, s.revision, s.review_total, s.passed, o.name, t.code, t.version,
              (t.definition ->> 'totalPoints')::numeric AS total_points
         FROM assessment_sheets s
         JOIN assessment_templates t ON t.id = s.template_id
         LEFT JOIN org_tree_units o ON o.id = s.unit_id
        WHERE s.competition_id = $1 AND s.status = 'finalised' AND ($2::text IS NULL OR s.unit_path = $2 OR s.unit_path LIKE $3)`,
      [competitionId, underPath ?? null, underPath ? descendantsLikePattern(underPath) : null],
    );
  }
}
