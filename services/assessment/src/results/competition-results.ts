import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { Caller, OrgUnitRef, ScopeChecker } from '@lc/platform';
import { levelOfUnitKind, rankByScore } from './ranking';

export interface RankedSheet {
  sheetId: string;
  unitId: string;
  unitName: string | null;
  unitPath: string;
  level: 'enterprise' | 'team';
  revision: number;
  score: number;
  maxScore: number;
  passed: boolean;
  rank: number;
  rankedAmong: number;
  templateCode: string;
  templateVersion: number;
}

/** The finalised sheets of a competition, ranked within each level; the basis of rankings, the year-end list and publication. */
@Injectable()
export class CompetitionResults {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeChecker,
  ) {}

  /** The organiser's unit of a configured competition, for scope checks. */
  async organiserOf(competitionId: string): Promise<OrgUnitRef['path'] | null> {
    const [row]: { organiser_path: string }[] = await this.dataSource.query(
      `SELECT organiser_path FROM competition_assessments WHERE competition_id = $1`,
      [competitionId],
    );
    return row?.organiser_path ?? null;
  }

  /** The competition's name and year (of its end) as registration announced it; null until its event arrives. */
  async titleOf(competitionId: string): Promise<{ name: string; year: number } | null> {
    const [row]: { name: string; year: number }[] = await this.dataSource.query(
      `SELECT name, extract(year FROM end_date)::int AS year FROM assessment_competitions WHERE competition_id = $1`,
      [competitionId],
    );
    return row ?? null;
  }

  async assertReadable(caller: Caller, organiserPath: string): Promise<void> {
    await this.scope.assertInLineOf(caller, organiserPath, 'the competition');
  }

  /**
   * Ranked within each level among all finalised sheets, or only among those under `underPath` (the
   * units of one county, say): a ranking is always among the units it lists.
   */
  async ranked(competitionId: string, manager: EntityManager = this.dataSource.manager, underPath?: string): Promise<RankedSheet[]> {
    const rows: {
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
    }[] = await manager.query(
      `SELECT s.id, s.unit_id, s.unit_path, s.unit_kind, s.revision, s.review_total, s.passed, o.name, t.code, t.version,
              (t.definition ->> 'totalPoints')::numeric AS total_points
         FROM assessment_sheets s
         JOIN assessment_templates t ON t.id = s.template_id
         LEFT JOIN org_tree_units o ON o.id = s.unit_id
        WHERE s.competition_id = $1 AND s.status = 'finalised' AND ($2::text IS NULL OR s.unit_path = $2 OR s.unit_path LIKE $3)`,
      [competitionId, underPath ?? null, underPath ? descendantsLikePattern(underPath) : null],
    );
    const byLevel = new Map<'enterprise' | 'team', typeof rows>();
    for (const row of rows) {
      const level = levelOfUnitKind(row.unit_kind);
      byLevel.set(level, [...(byLevel.get(level) ?? []), row]);
    }
    const ranked: RankedSheet[] = [];
    for (const [level, sheets] of byLevel) {
      for (const entry of rankByScore(sheets.map((s) => ({ unitId: s.unit_id, score: Number(s.review_total), sheet: s })))) {
        ranked.push({
          sheetId: entry.sheet.id,
          unitId: entry.unitId,
          unitName: entry.sheet.name,
          unitPath: entry.sheet.unit_path,
          level,
          revision: entry.sheet.revision,
          score: entry.score,
          maxScore: Number(entry.sheet.total_points),
          passed: entry.sheet.passed,
          rank: entry.rank,
          rankedAmong: sheets.length,
          templateCode: entry.sheet.code,
          templateVersion: entry.sheet.version,
        });
      }
    }
    return ranked.sort((a, b) => a.level.localeCompare(b.level) || a.rank - b.rank || a.unitId.localeCompare(b.unitId));
  }
}
