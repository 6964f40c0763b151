import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { childFigures, childPathSql, endOfChinaDay, OrgUnitRef, startOfChinaDay } from '@lc/platform';
import { HONOUR_LEVELS } from './honour-levels';
import type { HonoursDashboardDto } from './honours-dashboard.response.dto';

interface LevelRow {
  child_path: string;
  level: string;
  conferred: number;
  under_way: number;
}

/**
 * Honours per level: those conferred in [from, to] on nominees at and under the unit (the honour
 * history), and the nominations made in the period still under way, grouped by the unit directly under
 * it on the nominee's path.
 */
@Injectable()
export class GetHonoursDashboardQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(unit: OrgUnitRef, period: { from: string; to: string }): Promise<HonoursDashboardDto> {
    const db = this.dataSource.manager;
    const rows: LevelRow[] = await db.query(
      `SELECT child_path, h.conferring_level AS level, count(*) FILTER (WHERE conferred)::int AS conferred, count(*) FILTER (WHERE NOT conferred)::int AS under_way
         FROM (SELECT ${childPathSql('x.nominee_path', '$1')} AS child_path, x.honour_code, true AS conferred
                 FROM honour_history x
                WHERE (x.nominee_path = $1 OR x.nominee_path LIKE $2) AND x.conferred_at >= $3 AND x.conferred_at < $4
               UNION ALL
               SELECT ${childPathSql('n.nominee_path', '$1')}, n.honour_code, false
                 FROM nominations n
                WHERE n.status IN ('candidate', 'submitted', 'publicity') AND (n.nominee_path = $1 OR n.nominee_path LIKE $2)
                  AND n.created_at >= $3 AND n.created_at < $4) e
         JOIN honours h ON h.code = e.honour_code
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

function figures(rows: LevelRow[]): HonoursDashboardDto['totals'] {
  const levels = HONOUR_LEVELS.map((level) => {
    const at = rows.filter((r) => r.level === level);
    return { level, conferred: at.reduce((n, r) => n + r.conferred, 0), underWay: at.reduce((n, r) => n + r.under_way, 0) };
  });
  return { conferred: levels.reduce((n, l) => n + l.conferred, 0), underWay: levels.reduce((n, l) => n + l.underWay, 0), levels };
}
