import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { childFigures, childPathSql, endOfChinaDay, OrgUnitRef, percentOf, startOfChinaDay } from '@lc/platform';
import type { AssessmentDashboardDto } from './assessment-dashboard.response.dto';
import { SCORE_BANDS, scoreBandSql } from './score-bands';

interface BandRow {
  child_path: string;
  band: string;
  sheets: number;
  passed: number;
}

type Figures = AssessmentDashboardDto['totals'];

/**
 * Pass rates: the sheets finalised in [from, to] (their current revision, of any competition) of the
 * units at and under the unit, by score band and pass, grouped by the unit directly under it.
 */
@Injectable()
export class GetAssessmentDashboardQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(unit: OrgUnitRef, period: { from: string; to: string }): Promise<AssessmentDashboardDto> {
    const db = this.dataSource.manager;
    const rows: BandRow[] = await db.query(
      `SELECT ${childPathSql('s.unit_path', '$1')} AS child_path,
              ${scoreBandSql('s.review_total', 't.total_points')} AS band,
              count(*)::int AS sheets,
              count(*) FILTER (WHERE s.passed)::int AS passed
         FROM assessment_sheets s
         JOIN (SELECT id, (definition ->> 'totalPoints')::numeric AS total_points FROM assessment_templates) t ON t.id = s.template_id
        WHERE s.status = 'finalised' AND (s.unit_path = $1 OR s.unit_path LIKE $2) AND s.finalised_at >= $3 AND s.finalised_at < $4
        GROUP BY 1, 2`,
      [unit.path, descendantsLikePattern(unit.path), startOfChinaDay(period.from), endOfChinaDay(period.to)],
    );
    return {
      unit: { id: unit.id, name: unit.name },
      period,
      totals: figures(rows),
      children: await childFigures(db, rows, figures),
    };
  }
}

function figures(rows: BandRow[]): Figures {
  const finalised = rows.reduce((n, r) => n + r.sheets, 0);
  const passed = rows.reduce((n, r) => n + r.passed, 0);
  return {
    finalised,
    passed,
    passRatePercent: percentOf(passed, finalised),
    bands: SCORE_BANDS.map(({ band }) => ({ band, sheets: rows.filter((r) => r.band === band).reduce((n, r) => n + r.sheets, 0) })),
  };
}
