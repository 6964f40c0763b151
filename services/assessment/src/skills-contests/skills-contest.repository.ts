import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ContestantRow, ContestRow, ItemRow, JudgeRow, ScoreRow } from './skills-contest.row';
import { SkillsContestNotFound } from './skills-contest.errors';

const ITEM_COLUMNS = 'position, key, name, max_centipoints';
const JUDGE_COLUMNS = 'user_id, display_name, org_unit_id, org_path, enterprise_unit_id, chief';
const CONTESTANT_COLUMNS = 'user_id, display_name, org_unit_id, org_path, enterprise_unit_id';
const SCORE_COLUMNS = 'judge_user_id, contestant_user_id, points, total_centipoints, recorded_at, updated_at';

/** The columns with the table's alias before each: `s.judge_user_id, s.contestant_user_id, …`. */
const qualified = (columns: string, alias: string) => columns.split(', ').map((column) => `${alias}.${column}`).join(', ');

/** A new contest as it is stored; its id is chosen by the caller. */
export interface NewContest {
  id: string;
  competitionId: string | null;
  name: string;
  trade: string;
  organiserUnitId: string;
  organiserPath: string;
  trimAtJudges: number;
  createdBy: string;
}

/** A judge or contestant as seated: who they are and where they belong, taken when seated. */
export interface NewSeat {
  userId: string;
  displayName: string;
  orgUnitId: string;
  orgPath: string;
  enterpriseUnitId: string | null;
  addedBy: string;
}

/**
 * Every statement on a skills contest's tables: the contest, its marking scheme (items), panel,
 * contestants and scores. Methods that run inside a command take its transaction.
 *
 * Locking: a score takes the contest row FOR SHARE, a change of panel, contestants or status takes it
 * FOR UPDATE, so a sign-off waits for scores being written and no score lands after it.
 */
@Injectable()
export class SkillsContestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(contestId: string, manager: EntityManager = this.dataSource.manager, lock?: 'share' | 'update'): Promise<ContestRow> {
    const clause = lock === 'update' ? 'FOR UPDATE' : lock === 'share' ? 'FOR SHARE' : '';
    const [row]: ContestRow[] = await manager.query(`SELECT * FROM skills_contests WHERE id = $1 ${clause}`, [contestId]);
    if (!row) throw new SkillsContestNotFound(contestId);
    return row;
  }

  async create(tx: EntityManager, contest: NewContest, scheme: readonly { key: string; name: string; maxCentipoints: number | undefined }[]): Promise<void> {
    await tx.query(
      `INSERT INTO skills_contests (id, competition_id, name, trade, organiser_unit_id, organiser_path, trim_at_judges, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [contest.id, contest.competitionId, contest.name, contest.trade, contest.organiserUnitId, contest.organiserPath, contest.trimAtJudges, contest.createdBy],
    );
    await tx.query(
      `INSERT INTO skills_contest_items (contest_id, position, key, name, max_centipoints)
         SELECT $1, i.p, i.k, i.n, i.m FROM unnest($2::int[], $3::text[], $4::text[], $5::int[]) AS i(p, k, n, m)`,
      [
        contest.id,
        scheme.map((_, i) => i + 1),
        scheme.map((item) => item.key),
        scheme.map((item) => item.name),
        scheme.map((item) => item.maxCentipoints),
      ],
    );
  }

  /** The signed-off contest: locked with who signed it, when, and their note. */
  async signOff(tx: EntityManager, contestId: string, signedOffBy: string, note: string | null): Promise<void> {
    await tx.query(
      `UPDATE skills_contests SET status = 'locked', signed_off_by = $2, signed_off_at = now(), sign_off_note = $3 WHERE id = $1`,
      [contestId, signedOffBy, note],
    );
  }

  /** One judge's scores in the contest, in the order the contestants were entered. */
  scoresBy(contestId: string, judgeUserId: string): Promise<ScoreRow[]> {
    return this.dataSource.query(
      `SELECT ${qualified(SCORE_COLUMNS, 's')}
         FROM skills_contest_scores s JOIN skills_contest_contestants c ON c.contest_id = s.contest_id AND c.user_id = s.contestant_user_id
        WHERE s.contest_id = $1 AND s.judge_user_id = $2 ORDER BY c.seat`,
      [contestId, judgeUserId],
    );
  }

  items(contestId: string, manager: EntityManager = this.dataSource.manager): Promise<ItemRow[]> {
    return manager.query(`SELECT ${ITEM_COLUMNS} FROM skills_contest_items WHERE contest_id = $1 ORDER BY position`, [contestId]);
  }

  judges(contestId: string, manager: EntityManager = this.dataSource.manager): Promise<JudgeRow[]> {
    return manager.query(`SELECT ${JUDGE_COLUMNS} FROM skills_contest_judges WHERE contest_id = $1 ORDER BY seat`, [contestId]);
  }

  contestants(contestId: string, manager: EntityManager = this.dataSource.manager): Promise<ContestantRow[]> {
    return manager.query(`SELECT ${CONTESTANT_COLUMNS} FROM skills_contest_contestants WHERE contest_id = $1 ORDER BY seat`, [contestId]);
  }

  scores(contestId: string, manager: EntityManager = this.dataSource.manager): Promise<ScoreRow[]> {
    return manager.query(`SELECT ${SCORE_COLUMNS} FROM skills_contest_scores WHERE contest_id = $1`, [contestId]);
  }

  async judge(contestId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<JudgeRow | undefined> {
    const [row]: JudgeRow[] = await manager.query(`SELECT ${JUDGE_COLUMNS} FROM skills_contest_judges WHERE contest_id = $1 AND user_id = $2`, [contestId, userId]);
    return row;
  }

  async chiefJudge(tx: EntityManager, contestId: string): Promise<JudgeRow | undefined> {
    const [row]: JudgeRow[] = await tx.query(`SELECT ${JUDGE_COLUMNS} FROM skills_contest_judges WHERE contest_id = $1 AND chief`, [contestId]);
    return row;
  }

  async contestant(contestId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<ContestantRow | undefined> {
    const [row]: ContestantRow[] = await manager.query(
      `SELECT ${CONTESTANT_COLUMNS} FROM skills_contest_contestants WHERE contest_id = $1 AND user_id = $2`,
      [contestId, userId],
    );
    return row;
  }

  async seatJudge(tx: EntityManager, contestId: string, judge: NewSeat, chief: boolean): Promise<void> {
    await tx.query(
      `INSERT INTO skills_contest_judges (contest_id, user_id, display_name, org_unit_id, org_path, enterprise_unit_id, chief, added_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [contestId, judge.userId, judge.displayName, judge.orgUnitId, judge.orgPath, judge.enterpriseUnitId, chief, judge.addedBy],
    );
  }

  async seatContestant(tx: EntityManager, contestId: string, contestant: NewSeat): Promise<void> {
    await tx.query(
      `INSERT INTO skills_contest_contestants (contest_id, user_id, display_name, org_unit_id, org_path, enterprise_unit_id, added_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [contestId, contestant.userId, contestant.displayName, contestant.orgUnitId, contestant.orgPath, contestant.enterpriseUnitId, contestant.addedBy],
    );
  }

  /** The judge becomes the chief judge; the previous chief, if any, a judge. */
  async makeChief(tx: EntityManager, contestId: string, userId: string): Promise<void> {
    await tx.query(`UPDATE skills_contest_judges SET chief = false WHERE contest_id = $1 AND chief`, [contestId]);
    await tx.query(`UPDATE skills_contest_judges SET chief = true WHERE contest_id = $1 AND user_id = $2`, [contestId, userId]);
  }

  /** The judge's score of the contestant, locked for its correction. */
  async lockScore(tx: EntityManager, contestId: string, judgeUserId: string, contestantUserId: string): Promise<ScoreRow | undefined> {
    const [row]: ScoreRow[] = await tx.query(
      `SELECT ${SCORE_COLUMNS} FROM skills_contest_scores
          WHERE contest_id = $1 AND judge_user_id = $2 AND contestant_user_id = $3 FOR UPDATE`,
      [contestId, judgeUserId, contestantUserId],
    );
    return row;
  }

  /** Records the judge's score of the contestant, or corrects the one they gave. */
  async saveScore(
    tx: EntityManager,
    contestId: string,
    score: { judgeUserId: string; contestantUserId: string; points: Record<string, number>; totalCentipoints: number },
  ): Promise<ScoreRow> {
    const [saved]: ScoreRow[] = await tx.query(
      `INSERT INTO skills_contest_scores (contest_id, judge_user_id, contestant_user_id, points, total_centipoints)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ON CONSTRAINT skills_contest_one_score_per_judge_and_contestant
         DO UPDATE SET points = EXCLUDED.points, total_centipoints = EXCLUDED.total_centipoints, updated_at = now()
         RETURNING ${SCORE_COLUMNS}`,
      [contestId, score.judgeUserId, score.contestantUserId, JSON.stringify(score.points), score.totalCentipoints],
    );
    return saved;
  }

  /**
   * Takes a judge off the panel or a contestant out of the contest, with every score that involves
   * them; the scores are returned so that the audit entry keeps them.
   */
  async removeWithScores(tx: EntityManager, contestId: string, who: 'judge' | 'contestant', userId: string): Promise<ScoreRow[]> {
    const column = who === 'judge' ? 'judge_user_id' : 'contestant_user_id';
    const members = who === 'judge' ? 'skills_contest_judges' : 'skills_contest_contestants';
    // For a DELETE, TypeORM's postgres driver answers [rows, affected count].
    const [discarded]: [ScoreRow[], number] = await tx.query(
      `DELETE FROM skills_contest_scores WHERE contest_id = $1 AND ${column} = $2
       RETURNING ${SCORE_COLUMNS}`,
      [contestId, userId],
    );
    await tx.query(`DELETE FROM ${members} WHERE contest_id = $1 AND user_id = $2`, [contestId, userId]);
    return discarded;
  }
}
