import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** The skills contests assessment opened, as awards knows them: every statement on `known_skills_contests`. */
@Injectable()
export class KnownContestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(tx: EntityManager, c: { contestId: string; competitionId: string | null; name: string; organiserUnitId: string }): Promise<void> {
    await tx.query(
      `INSERT INTO known_skills_contests (contest_id, competition_id, name, organiser_unit_id) VALUES ($1, $2, $3, $4) ON CONFLICT (contest_id) DO NOTHING`,
      [c.contestId, c.competitionId, c.name, c.organiserUnitId],
    );
  }

  /** The contest's organiser, or undefined when the contest is not known here. */
  async organiserOf(contestId: string): Promise<string | undefined> {
    const [row]: { organiser_unit_id: string }[] = await this.dataSource.query(`SELECT organiser_unit_id FROM known_skills_contests WHERE contest_id = $1`, [contestId]);
    return row?.organiser_unit_id;
  }
}
