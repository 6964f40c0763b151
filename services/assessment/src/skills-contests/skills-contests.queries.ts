import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { descendantsLikePattern, lineagePaths } from '@lc/org';
import { ContestRow } from './skills-contest.row';

/** The skills-contest lists: read-only SQL across contests, for the list endpoints. */
@Injectable()
export class SkillsContestQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The contests of a line of units (organised at the unit at `orgPath`, above it or under it) and those
   * the user judges, newest first, one page of them and how many there are.
   */
  async ofLineOrPanel(
    orgPath: string,
    judgeUserId: string,
    filter: { competitionId: string | null },
    page: { limit: number; offset: number },
  ): Promise<{ rows: ContestRow[]; total: number }> {
    const params = [lineagePaths(orgPath), descendantsLikePattern(orgPath), judgeUserId, filter.competitionId];
    const where = `(c.organiser_path = ANY($1) OR c.organiser_path LIKE $2
                    OR EXISTS (SELECT 1 FROM skills_contest_judges j WHERE j.contest_id = c.id AND j.user_id = $3))
                   AND ($4::uuid IS NULL OR c.competition_id = $4)`;
    const rows: ContestRow[] = await this.dataSource.query(
      `SELECT c.* FROM skills_contests c WHERE ${where} ORDER BY c.created_at DESC, c.id LIMIT $5 OFFSET $6`,
      [...params, page.limit, page.offset],
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM skills_contests c WHERE ${where}`, params);
    return { rows, total };
  }
}
