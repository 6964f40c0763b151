import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Caller, OrgUnitRef, ScopeChecker } from '@lc/platform';
import { levelOfUnitKind, rankByScore } from './ranking';
import { FinalisedSheetRow, ResultsQueries } from './results.queries';

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
    private readonly queries: ResultsQueries,
    private readonly scope: ScopeChecker,
  ) {}

  /** The organiser's unit of a configured competition, for scope checks. */
  async organiserOf(competitionId: string): Promise<OrgUnitRef['path'] | null> {
    return (await this.queries.organiserPathOf(competitionId)) ?? null;
  }

  /** The competition's name and year (of its end) as registration announced it; null until its event arrives. */
  async titleOf(competitionId: string): Promise<{ name: string; year: number } | null> {
    return (await this.queries.titleOf(competitionId)) ?? null;
  }

  async assertReadable(caller: Caller, organiserPath: string): Promise<void> {
    await this.scope.assertInLineOf(caller, organiserPath, 'the competition');
  }

  /**
   * Ranked within each level among all finalised sheets, or only among those under `underPath` (the
   * units of one county, say): a ranking is always among the units it lists.
   */
  async ranked(competitionId: string, manager?: EntityManager, underPath?: string): Promise<RankedSheet[]> {
    const rows = await this.queries.finalisedSheets(competitionId, manager, underPath);
    const byLevel = new Map<'enterprise' | 'team', FinalisedSheetRow[]>();
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
